using PyHeap.Language.Compiling;

namespace PyHeap.Visuals.Dis;

/// <summary>
/// The one table of what each CPython 3.11 opcode does to reference counts, in plain words, as Python/ceval.c
/// (3.11) implements it: which references an instruction takes (+1), drops (−1) or moves from the value stack into
/// a variable, container or the caller. "The stack's reference" is the one the value stack owns.
/// </summary>
public static class ReferenceNotes
{
    public const string Unknown = "see the dis documentation (docs.python.org/3.11/library/dis.html)";

    private const string PopJumpFalse = "−1 the condition (the stack's reference is dropped), then jumps {argrepr} if it was false";
    private const string PopJumpTrue = "−1 the condition (the stack's reference is dropped), then jumps {argrepr} if it was true";
    private const string PopJumpNone = "−1 the value, then jumps {argrepr} if it was None";
    private const string PopJumpNotNone = "−1 the value, then jumps {argrepr} if it was not None";

    public static IReadOnlyDictionary<OpCode, ReferenceNote> Table { get; } = new Dictionary<OpCode, ReferenceNote>
    {
        [OpCode.CACHE] = new("0", "an inline cache entry, not executed"),
        [OpCode.POP_TOP] = new("−1", "drops the stack's reference to the top value (freed here if it was the last)"),
        [OpCode.PUSH_NULL] = new("0", "pushes NULL (no object, no reference) to mark a plain call"),
        [OpCode.NOP] = new("0", "does nothing"),
        [OpCode.UNARY_POSITIVE] = new("−1 +1", "−1 the operand, +1 the result of +x (a new reference)"),
        [OpCode.UNARY_NEGATIVE] = new("−1 +1", "−1 the operand, +1 the result of -x (a new reference)"),
        [OpCode.UNARY_NOT] = new("−1 +1", "−1 the operand, +1 True or False"),
        [OpCode.UNARY_INVERT] = new("−1 +1", "−1 the operand, +1 the result of ~x (a new reference)"),
        [OpCode.BINARY_SUBSCR] = new("−2 +1", "−2 the container and the key, +1 a new reference to the item"),
        [OpCode.GET_LEN] = new("+1", "+1 a new int for len() of the subject (the subject stays)"),
        [OpCode.MATCH_MAPPING] = new("+1", "+1 True or False: is the subject a mapping (the subject stays)"),
        [OpCode.MATCH_SEQUENCE] = new("+1", "+1 True or False: is the subject a sequence (the subject stays)"),
        [OpCode.MATCH_KEYS] = new("+1", "+1 a new tuple of the values for the keys, or None (subject and keys stay)"),
        [OpCode.PUSH_EXC_INFO] = new("+1", "the raised exception becomes the handled one; +1 the previously handled exception, pushed below it"),
        [OpCode.CHECK_EXC_MATCH] = new("−1 +1", "−1 the type to match, +1 True or False (the exception stays)"),
        [OpCode.CHECK_EG_MATCH] = new("−2 +2", "−2 the exception group and the type, +2 the non-matching rest and the matching group"),
        [OpCode.WITH_EXCEPT_START] = new("+1", "+1 the result of __exit__(type, value, traceback); the stack below stays"),
        [OpCode.GET_AITER] = new("−1 +1", "−1 the object, +1 its asynchronous iterator"),
        [OpCode.GET_ANEXT] = new("+1", "+1 an awaitable for the next item (the iterator stays)"),
        [OpCode.BEFORE_ASYNC_WITH] = new("−1 +2", "−1 the context manager, +1 its bound __aexit__, +1 the awaitable from __aenter__()"),
        [OpCode.BEFORE_WITH] = new("−1 +2", "−1 the context manager, +1 its bound __exit__ (kept until the block ends), +1 the result of __enter__()"),
        [OpCode.END_ASYNC_FOR] = new("−2", "−2 the exception and the async iterator when StopAsyncIteration ends the loop"),
        [OpCode.STORE_SUBSCR] = new("−3", "−3 value, container and key: the container takes its own reference to the value (container[key] = value) and drops the item it replaces"),
        [OpCode.DELETE_SUBSCR] = new("−2", "−2 container and key; the container drops its reference to the deleted item"),
        [OpCode.GET_ITER] = new("−1 +1", "−1 the iterable, +1 an iterator over it (the iterator holds its own reference to the iterable)"),
        [OpCode.GET_YIELD_FROM_ITER] = new("−1 +1", "−1 the iterable, +1 an iterator over it (a generator or coroutine is kept as it is)"),
        [OpCode.PRINT_EXPR] = new("−1", "−1 the value after sys.displayhook shows it (the hook binds _ to it: +1 there)"),
        [OpCode.LOAD_BUILD_CLASS] = new("+1", "+1 a new reference to builtins.__build_class__"),
        [OpCode.LOAD_ASSERTION_ERROR] = new("+1", "+1 a new reference to AssertionError"),
        [OpCode.RETURN_GENERATOR] = new("move", "makes the generator object; the frame and its references move into it"),
        [OpCode.LIST_TO_TUPLE] = new("−1 +1", "−1 the list, +1 a new tuple holding new references to its items"),
        [OpCode.RETURN_VALUE] = new("move", "the stack's reference moves to the caller; the frame's locals are each dropped (−1) as it ends"),
        [OpCode.IMPORT_STAR] = new("−1", "binds the module's public names (a new reference each), then −1 the module"),
        [OpCode.SETUP_ANNOTATIONS] = new("0", "creates __annotations__ in the namespace if it is missing"),
        [OpCode.YIELD_VALUE] = new("move", "the stack's reference moves to whoever called next() or send(); the frame keeps its locals while suspended"),
        [OpCode.ASYNC_GEN_WRAP] = new("−1 +1", "−1 the value, +1 a wrapper marking it as yielded by an async generator"),
        [OpCode.PREP_RERAISE_STAR] = new("−2 +1", "−2 the original exception and the list of raised ones, +1 the exception group to re-raise (or None)"),
        [OpCode.POP_EXCEPT] = new("−1", "restores the previously handled exception and drops the stack's reference to it"),
        [OpCode.STORE_NAME] = new("move", "the stack's reference moves into the namespace as {name}; −1 the old value of {name} (if any)"),
        [OpCode.DELETE_NAME] = new("−1", "−1 the namespace's reference to {name}"),
        [OpCode.UNPACK_SEQUENCE] = new("−1 +{arg}", "−1 the sequence, +{arg}: a new reference to each of its items"),
        [OpCode.FOR_ITER] = new("+1", "+1 a new reference to the next item (the iterator stays); when exhausted, −1 the iterator and jump {argrepr}"),
        [OpCode.UNPACK_EX] = new("−1 +n", "−1 the sequence, +1 per target: new references to the items and a new list for the starred target"),
        [OpCode.STORE_ATTR] = new("move −1", "the value's reference moves into attribute .{name} (−1 its old value, if any); −1 the object"),
        [OpCode.DELETE_ATTR] = new("−1", "−1 the object; the object drops its reference to .{name}"),
        [OpCode.STORE_GLOBAL] = new("move", "the stack's reference moves into global {name}; −1 its old value (if any)"),
        [OpCode.DELETE_GLOBAL] = new("−1", "−1 the globals' reference to {name}"),
        [OpCode.SWAP] = new("0", "swaps the top with item {arg}: no reference changes"),
        [OpCode.LOAD_CONST] = new("+1", "+1 a new reference to the constant {argrepr} (co_consts holds one as long as the code lives)"),
        [OpCode.LOAD_NAME] = new("+1", "+1 a new reference to {name} (found in locals, globals or builtins)"),
        [OpCode.BUILD_TUPLE] = new("move", "the {arg} items' references move into a new tuple; +1 the tuple"),
        [OpCode.BUILD_LIST] = new("move", "the {arg} items' references move into a new list; +1 the list"),
        [OpCode.BUILD_SET] = new("move", "the {arg} items go into a new set (it takes its own reference, the stack's is dropped); +1 the set"),
        [OpCode.BUILD_MAP] = new("move", "the {arg} key/value pairs move into a new dict; +1 the dict"),
        [OpCode.LOAD_ATTR] = new("−1 +1", "−1 the object, +1 a new reference to its attribute .{name}"),
        [OpCode.COMPARE_OP] = new("−2 +1", "−2 the operands, +1 the result of {argrepr}"),
        [OpCode.IMPORT_NAME] = new("−2 +1", "−2 level and fromlist, +1 a new reference to module {name} (sys.modules holds one too)"),
        [OpCode.IMPORT_FROM] = new("+1", "+1 a new reference to {name} from the module (the module stays on the stack)"),
        [OpCode.JUMP_FORWARD] = new("0", "jumps {argrepr}: no reference change"),
        [OpCode.JUMP_IF_FALSE_OR_POP] = new("0 / −1", "if false, jumps {argrepr} keeping the value on the stack; otherwise −1 the value"),
        [OpCode.JUMP_IF_TRUE_OR_POP] = new("0 / −1", "if true, jumps {argrepr} keeping the value on the stack; otherwise −1 the value"),
        [OpCode.POP_JUMP_FORWARD_IF_FALSE] = new("−1", PopJumpFalse),
        [OpCode.POP_JUMP_FORWARD_IF_TRUE] = new("−1", PopJumpTrue),
        [OpCode.POP_JUMP_BACKWARD_IF_FALSE] = new("−1", PopJumpFalse),
        [OpCode.POP_JUMP_BACKWARD_IF_TRUE] = new("−1", PopJumpTrue),
        [OpCode.POP_JUMP_FORWARD_IF_NONE] = new("−1", PopJumpNone),
        [OpCode.POP_JUMP_BACKWARD_IF_NONE] = new("−1", PopJumpNone),
        [OpCode.POP_JUMP_FORWARD_IF_NOT_NONE] = new("−1", PopJumpNotNone),
        [OpCode.POP_JUMP_BACKWARD_IF_NOT_NONE] = new("−1", PopJumpNotNone),
        [OpCode.LOAD_GLOBAL] = new("+1", "+1 a new reference to {name} from globals or builtins{null}"),
        [OpCode.IS_OP] = new("−2 +1", "−2 the operands, +1 True or False (an identity test: no method runs)"),
        [OpCode.CONTAINS_OP] = new("−2 +1", "−2 the item and the container, +1 True or False"),
        [OpCode.RERAISE] = new("move", "re-raises the exception on top: its reference moves to the unwinding"),
        [OpCode.COPY] = new("+1", "+1 another reference to item {arg} (the same object: its count goes up)"),
        [OpCode.BINARY_OP] = new("−2 +1", "−2 the operands, +1 the result of {argrepr} (a new reference; an in-place op may return the left operand)"),
        [OpCode.SEND] = new("−1 +1", "−1 the value sent, +1 the value the sub-iterator yields (or the return value, jumping {argrepr})"),
        [OpCode.LOAD_FAST] = new("+1", "+1 pushes a new reference to local {name}"),
        [OpCode.STORE_FAST] = new("move", "the stack's reference moves into local {name}; −1 the old value of {name} (if any)"),
        [OpCode.DELETE_FAST] = new("−1", "−1 local {name}'s reference (the object is freed if that was the last)"),
        [OpCode.RAISE_VARARGS] = new("move", "the exception (and its cause) move from the stack to the unwinding"),
        [OpCode.GET_AWAITABLE] = new("−1 +1", "−1 the object, +1 the iterator of its __await__()"),
        [OpCode.MAKE_FUNCTION] = new("move", "the code object (and {argrepr}) move into a new function; +1 the function"),
        [OpCode.BUILD_SLICE] = new("−{arg} +1", "−{arg} bounds, +1 a new slice holding its own references to them"),
        [OpCode.JUMP_BACKWARD_NO_INTERRUPT] = new("0", "jumps back {argrepr} without checking the eval breaker"),
        [OpCode.MAKE_CELL] = new("move", "the value of local {name} moves into a new cell; the frame holds the cell"),
        [OpCode.LOAD_CLOSURE] = new("+1", "+1 a new reference to the cell of {name} (for the inner function's closure)"),
        [OpCode.LOAD_DEREF] = new("+1", "+1 a new reference to the object in the cell of {name}"),
        [OpCode.STORE_DEREF] = new("move", "the stack's reference moves into the cell of {name}; −1 the cell's old value (if any)"),
        [OpCode.DELETE_DEREF] = new("−1", "−1 the cell's reference to the value of {name}"),
        [OpCode.JUMP_BACKWARD] = new("0", "jumps back {argrepr}; checks the eval breaker (a thread switch or signal may happen here)"),
        [OpCode.CALL_FUNCTION_EX] = new("−2 +1", "−1 the callable, −1 the argument tuple (−1 the keyword dict if any), +1 the result"),
        [OpCode.EXTENDED_ARG] = new("0", "widens the next instruction's argument: no reference change"),
        [OpCode.LIST_APPEND] = new("move", "the value's reference moves into the list {arg} down (list.append)"),
        [OpCode.SET_ADD] = new("move", "the value goes into the set {arg} down (the set takes its own reference, the stack's is dropped)"),
        [OpCode.MAP_ADD] = new("move", "key and value move into the dict {arg} down"),
        [OpCode.LOAD_CLASSDEREF] = new("+1", "+1 a new reference to {name} from the class namespace or its cell"),
        [OpCode.COPY_FREE_VARS] = new("+{arg}", "+{arg}: the frame takes a new reference to each closure cell of the function"),
        [OpCode.RESUME] = new("0", "frame start (or resumption after a yield): checks the eval breaker, no reference change"),
        [OpCode.MATCH_CLASS] = new("−3 +1", "−3 subject, class and attribute names, +1 a tuple of the matched attributes (or None)"),
        [OpCode.FORMAT_VALUE] = new("−1 +1", "−1 the value (and the format spec), +1 the formatted str"),
        [OpCode.BUILD_CONST_KEY_MAP] = new("move", "the {arg} values move into a new dict with the keys of the tuple on top (−1 the tuple); +1 the dict"),
        [OpCode.BUILD_STRING] = new("−{arg} +1", "−{arg} strings, +1 a new str joining them"),
        [OpCode.LOAD_METHOD] = new("+1", "+1 a new reference to method {name}; the object's reference stays as self (no bound method is made)"),
        [OpCode.LIST_EXTEND] = new("−1", "the list {arg} down takes a new reference to each item, then −1 the iterable"),
        [OpCode.SET_UPDATE] = new("−1", "the set {arg} down takes a new reference to each item, then −1 the iterable"),
        [OpCode.DICT_MERGE] = new("−1", "the dict {arg} down takes new references to the keys and values (repeats are an error), then −1 the mapping"),
        [OpCode.DICT_UPDATE] = new("−1", "the dict {arg} down takes new references to the keys and values, then −1 the mapping"),
        [OpCode.PRECALL] = new("0", "prepares the call: a bound method on the stack is split into function and self (references move, none are copied)"),
        [OpCode.CALL] = new("−{arg2} +1", "−1 the callable, −1 self or NULL, −{arg} arguments, +1 the result; while it runs the callee's frame holds its own references to its parameters"),
        [OpCode.KW_NAMES] = new("0", "notes the keyword names {argrepr} for the next CALL: no reference change"),
    };

    /// <summary>The note for one instruction, placeholders filled; unknown opcodes point to the dis docs.</summary>
    public static ReferenceNote For(OpCode op, int arg, string argRepr, string? name)
    {
        if (!Table.TryGetValue(op, out var note)) return new ReferenceNote("?", Unknown);
        string Fill(string text) => text
            .Replace("{name}", name ?? argRepr, StringComparison.Ordinal)
            .Replace("{argrepr}", argRepr, StringComparison.Ordinal)
            .Replace("{arg2}", (arg + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{arg}", arg.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{null}", op == OpCode.LOAD_GLOBAL && (arg & 1) != 0 ? "; a NULL is pushed below it for the CALL" : "", StringComparison.Ordinal);
        return new ReferenceNote(Fill(note.Effect), Fill(note.Text));
    }
}
