using PyHeap.Language.Compiling;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

public sealed partial class Interpreter
{
    /// <summary>
    /// The instruction loop (Python/ceval.c: _PyEval_EvalFrameDefault). Each case keeps CPython 3.11's reference
    /// traffic: operands stay on the stack until the operation succeeded, then are popped and released, so an
    /// exception unwinds with the same references CPython would hold. Calls to Python functions switch
    /// <paramref name="frame"/> instead of recursing.
    /// </summary>
    private PyObject Loop(Frame frame)
    {
        var ts = Thread;
        var instructions = frame.Code.Instructions;
        while (true)
        {
            var pc = frame.Pc;
            var ins = instructions[pc];
            frame.LastI = pc;
            frame.Pc = pc + 1;
            InstructionCount++;
            var stack = frame.Stack;
            switch (ins.Op)
            {
                case OpCode.NOP:
                case OpCode.EXTENDED_ARG:
                case OpCode.CACHE:
                    break;

                case OpCode.RESUME:
                    CheckEvalBreaker();
                    break;

                case OpCode.POP_TOP:
                    RefCounts.XDecRef(stack[--frame.StackTop]);
                    stack[frame.StackTop] = null;
                    break;

                case OpCode.PUSH_NULL:
                    stack[frame.StackTop++] = null;
                    break;

                case OpCode.COPY:
                {
                    var v = stack[frame.StackTop - ins.Arg]!;
                    RefCounts.IncRef(v);
                    RefArray.Store(stack, frame.StackTop++, v);
                    break;
                }

                case OpCode.SWAP:
                {
                    var top = frame.StackTop - 1;
                    var other = frame.StackTop - ins.Arg;
                    (stack[top], stack[other]) = (stack[other], stack[top]);
                    break;
                }

                case OpCode.LOAD_CONST:
                {
                    var v = frame.Code.Consts[ins.Arg];
                    RefCounts.IncRef(v);
                    RefArray.Store(stack, frame.StackTop++, v);
                    break;
                }

                case OpCode.LOAD_FAST:
                {
                    var v = frame.Fast[ins.Arg] ?? throw UnboundLocal(frame, ins.Arg);
                    RefCounts.IncRef(v);
                    RefArray.Store(stack, frame.StackTop++, v);
                    break;
                }

                case OpCode.STORE_FAST:
                {
                    var v = stack[--frame.StackTop];
                    stack[frame.StackTop] = null;
                    var old = frame.Fast[ins.Arg];
                    RefArray.Store(frame.Fast, ins.Arg, v);
                    RefCounts.XDecRef(old);
                    break;
                }

                case OpCode.DELETE_FAST:
                {
                    var old = frame.Fast[ins.Arg] ?? throw UnboundLocal(frame, ins.Arg);
                    frame.Fast[ins.Arg] = null;
                    RefCounts.DecRef(old);
                    break;
                }

                case OpCode.LOAD_NAME:
                    RefArray.Store(stack, frame.StackTop++, LoadName(frame, frame.Code.Names[ins.Arg]));
                    break;

                case OpCode.STORE_NAME:
                {
                    var v = stack[frame.StackTop - 1]!;
                    StoreName(frame, frame.Code.Names[ins.Arg], v);
                    frame.StackTop--;
                    stack[frame.StackTop] = null;
                    RefCounts.DecRef(v);
                    break;
                }

                case OpCode.DELETE_NAME:
                    DeleteName(frame, frame.Code.Names[ins.Arg]);
                    break;

                case OpCode.LOAD_GLOBAL:
                {
                    var v = LoadGlobal(frame, frame.Code.Names[ins.Arg >> 1]);
                    if ((ins.Arg & 1) != 0) stack[frame.StackTop++] = null;
                    RefArray.Store(stack, frame.StackTop++, v);
                    break;
                }

                case OpCode.STORE_GLOBAL:
                {
                    var v = stack[frame.StackTop - 1]!;
                    frame.Globals.SetItem(frame.Code.Names[ins.Arg], v);
                    frame.StackTop--;
                    stack[frame.StackTop] = null;
                    RefCounts.DecRef(v);
                    break;
                }

                case OpCode.DELETE_GLOBAL:
                {
                    var name = frame.Code.Names[ins.Arg];
                    if (!frame.Globals.DelItem(name)) throw Errors.NameError($"name '{name.Value}' is not defined");
                    break;
                }

                case OpCode.MAKE_CELL:
                {
                    var initial = frame.Fast[ins.Arg];
                    RefArray.Store(frame.Fast, ins.Arg, PyCell.NewSteal(initial));
                    break;
                }

                case OpCode.COPY_FREE_VARS:
                {
                    var closure = frame.Function.Closure!;
                    var offset = frame.Fast.Length - ins.Arg;
                    for (var i = 0; i < ins.Arg; i++)
                    {
                        var cell = closure.Items[i];
                        RefCounts.IncRef(cell);
                        RefArray.Store(frame.Fast, offset + i, cell);
                    }
                    break;
                }

                case OpCode.LOAD_CLOSURE:
                {
                    var cell = frame.Fast[ins.Arg]!;
                    RefCounts.IncRef(cell);
                    RefArray.Store(stack, frame.StackTop++, cell);
                    break;
                }

                case OpCode.LOAD_DEREF:
                {
                    var v = ((PyCell)frame.Fast[ins.Arg]!).Contents ?? throw UnboundDeref(frame, ins.Arg);
                    RefCounts.IncRef(v);
                    RefArray.Store(stack, frame.StackTop++, v);
                    break;
                }

                case OpCode.LOAD_CLASSDEREF:
                    RefArray.Store(stack, frame.StackTop++, LoadClassDeref(frame, ins.Arg));
                    break;

                case OpCode.STORE_DEREF:
                {
                    var v = stack[--frame.StackTop];
                    stack[frame.StackTop] = null;
                    ((PyCell)frame.Fast[ins.Arg]!).Set(v);
                    break;
                }

                case OpCode.DELETE_DEREF:
                {
                    var cell = (PyCell)frame.Fast[ins.Arg]!;
                    if (cell.Contents is null) throw UnboundDeref(frame, ins.Arg);
                    cell.Set(null);
                    break;
                }

                case OpCode.LOAD_ATTR:
                {
                    var owner = stack[frame.StackTop - 1]!;
                    var v = Abstract.GetAttr(owner, frame.Code.Names[ins.Arg]);
                    RefArray.Store(stack, frame.StackTop - 1, v);
                    RefCounts.DecRef(owner);
                    break;
                }

                case OpCode.LOAD_METHOD:
                {
                    var owner = stack[frame.StackTop - 1]!;
                    if (Abstract.GetMethod(owner, frame.Code.Names[ins.Arg], out var method))
                    {
                        // [method, self]: the owner's stack reference becomes "self".
                        RefArray.Store(stack, frame.StackTop - 1, method);
                        RefArray.Store(stack, frame.StackTop++, owner);
                    }
                    else
                    {
                        stack[frame.StackTop - 1] = null;
                        RefArray.Store(stack, frame.StackTop++, method);
                        RefCounts.DecRef(owner);
                    }
                    break;
                }

                case OpCode.STORE_ATTR:
                {
                    var owner = stack[frame.StackTop - 1]!;
                    var v = stack[frame.StackTop - 2]!;
                    Abstract.SetAttr(owner, frame.Code.Names[ins.Arg], v);
                    PopAndRelease(frame, 2);
                    break;
                }

                case OpCode.DELETE_ATTR:
                {
                    var owner = stack[frame.StackTop - 1]!;
                    Abstract.SetAttr(owner, frame.Code.Names[ins.Arg], null);
                    frame.StackTop--;
                    stack[frame.StackTop] = null;
                    RefCounts.DecRef(owner);
                    break;
                }

                case OpCode.BINARY_SUBSCR:
                {
                    var sub = stack[frame.StackTop - 1]!;
                    var container = stack[frame.StackTop - 2]!;
                    var res = Abstract.GetItem(container, sub);
                    ReplaceTwo(frame, res);
                    RefCounts.DecRef(container);
                    ReleaseTop(frame);
                    break;
                }

                case OpCode.STORE_SUBSCR:
                {
                    var sub = stack[frame.StackTop - 1]!;
                    var container = stack[frame.StackTop - 2]!;
                    var v = stack[frame.StackTop - 3]!;
                    Abstract.SetItem(container, sub, v);
                    PopAndRelease(frame, 3);
                    break;
                }

                case OpCode.DELETE_SUBSCR:
                {
                    var sub = stack[frame.StackTop - 1]!;
                    var container = stack[frame.StackTop - 2]!;
                    Abstract.DelItem(container, sub);
                    PopAndRelease(frame, 2);
                    break;
                }

                case OpCode.BUILD_SLICE:
                {
                    var n = ins.Arg;
                    var step = n == 3 ? stack[frame.StackTop - 1] : null;
                    var stop = stack[frame.StackTop - (n == 3 ? 2 : 1)]!;
                    var start = stack[frame.StackTop - n]!;
                    var slice = PySlice.New(start, stop, step ?? PyNone.None);
                    PopAndRelease(frame, n);
                    RefArray.Store(stack, frame.StackTop++, slice);
                    break;
                }

                case OpCode.BINARY_OP:
                {
                    var rhs = stack[frame.StackTop - 1]!;
                    var lhs = stack[frame.StackTop - 2]!;
                    var res = Abstract.BinaryOp(lhs, rhs, ins.Arg);
                    ReplaceTwo(frame, res);
                    RefCounts.DecRef(lhs);
                    ReleaseTop(frame);
                    break;
                }

                case OpCode.UNARY_POSITIVE:
                case OpCode.UNARY_NEGATIVE:
                case OpCode.UNARY_INVERT:
                case OpCode.UNARY_NOT:
                {
                    var v = stack[frame.StackTop - 1]!;
                    PyObject res = ins.Op switch
                    {
                        OpCode.UNARY_POSITIVE => Abstract.Positive(v),
                        OpCode.UNARY_NEGATIVE => Abstract.Negative(v),
                        OpCode.UNARY_INVERT => Abstract.Invert(v),
                        _ => PyBool.From(!Abstract.IsTrue(v)),
                    };
                    RefArray.Store(stack, frame.StackTop - 1, res);
                    RefCounts.DecRef(v);
                    break;
                }

                case OpCode.COMPARE_OP:
                {
                    var right = stack[frame.StackTop - 1]!;
                    var left = stack[frame.StackTop - 2]!;
                    var res = Abstract.RichCompare(left, right, (CompareOp)ins.Arg);
                    ReplaceTwo(frame, res);
                    RefCounts.DecRef(left);
                    ReleaseTop(frame);
                    break;
                }

                case OpCode.IS_OP:
                {
                    var right = stack[frame.StackTop - 1]!;
                    var left = stack[frame.StackTop - 2]!;
                    var res = ReferenceEquals(left, right) ^ (ins.Arg != 0);
                    ReplaceTwo(frame, PyBool.From(res));
                    RefCounts.DecRef(left);
                    ReleaseTop(frame);
                    break;
                }

                case OpCode.CONTAINS_OP:
                {
                    var right = stack[frame.StackTop - 1]!;
                    var left = stack[frame.StackTop - 2]!;
                    var res = Abstract.Contains(right, left) ^ (ins.Arg != 0);
                    ReplaceTwo(frame, PyBool.From(res));
                    RefCounts.DecRef(left);
                    ReleaseTop(frame);
                    break;
                }

                case OpCode.BUILD_TUPLE:
                {
                    var tuple = PyTuple.Steal(PeekItems(frame, ins.Arg));
                    ForgetItems(frame, ins.Arg);
                    RefArray.Store(stack, frame.StackTop++, tuple);
                    break;
                }

                case OpCode.BUILD_LIST:
                {
                    var list = PyList.Steal(PeekItems(frame, ins.Arg));
                    ForgetItems(frame, ins.Arg);
                    RefArray.Store(stack, frame.StackTop++, list);
                    break;
                }

                case OpCode.BUILD_SET:
                    BuildSet(frame, ins.Arg);
                    break;

                case OpCode.BUILD_MAP:
                    BuildMap(frame, ins.Arg);
                    break;

                case OpCode.BUILD_CONST_KEY_MAP:
                    BuildConstKeyMap(frame, ins.Arg);
                    break;

                case OpCode.BUILD_STRING:
                    BuildString(frame, ins.Arg);
                    break;

                case OpCode.LIST_APPEND:
                {
                    var v = stack[--frame.StackTop]!;
                    stack[frame.StackTop] = null;
                    ((PyList)stack[frame.StackTop - ins.Arg]!).AppendSteal(v);
                    break;
                }

                case OpCode.SET_ADD:
                {
                    var v = stack[frame.StackTop - 1]!;
                    ((PySet)stack[frame.StackTop - 1 - ins.Arg]!).Add(v);
                    frame.StackTop--;
                    stack[frame.StackTop] = null;
                    RefCounts.DecRef(v);
                    break;
                }

                case OpCode.MAP_ADD:
                {
                    var value = stack[frame.StackTop - 1]!;
                    var key = stack[frame.StackTop - 2]!;
                    ((PyDict)stack[frame.StackTop - 2 - ins.Arg]!).SetItem(key, value);
                    PopAndRelease(frame, 2);
                    break;
                }

                case OpCode.LIST_EXTEND:
                case OpCode.SET_UPDATE:
                case OpCode.DICT_UPDATE:
                case OpCode.DICT_MERGE:
                    ExtendContainer(frame, ins);
                    break;

                case OpCode.LIST_TO_TUPLE:
                {
                    var list = (PyList)stack[frame.StackTop - 1]!;
                    var t = PyTuple.FromBorrowed(list.Items);
                    RefArray.Store(stack, frame.StackTop - 1, t);
                    RefCounts.DecRef(list);
                    break;
                }

                case OpCode.UNPACK_SEQUENCE:
                    UnpackSequence(frame, ins.Arg);
                    break;

                case OpCode.UNPACK_EX:
                    UnpackEx(frame, ins.Arg & 0xff, ins.Arg >> 8);
                    break;

                case OpCode.GET_ITER:
                {
                    var iterable = stack[frame.StackTop - 1]!;
                    var it = Abstract.GetIter(iterable);
                    RefArray.Store(stack, frame.StackTop - 1, it);
                    RefCounts.DecRef(iterable);
                    break;
                }

                case OpCode.GET_YIELD_FROM_ITER:
                {
                    var iterable = stack[frame.StackTop - 1]!;
                    if (iterable is not PyGenerator)
                    {
                        var it = Abstract.GetIter(iterable);
                        RefArray.Store(stack, frame.StackTop - 1, it);
                        RefCounts.DecRef(iterable);
                    }
                    break;
                }

                case OpCode.FOR_ITER:
                {
                    var it = stack[frame.StackTop - 1]!;
                    if (it is PyGenerator gen && it.Type == Types.Generator)
                    {
                        var next = StartGenerator(frame, gen, PyNone.None, ResumeMode.ForIter, ins.Arg);
                        if (next is not null)
                        {
                            frame = next;
                            instructions = frame.Code.Instructions;
                            continue;
                        }
                        // Finished generator: exhausted.
                        frame.StackTop--;
                        stack[frame.StackTop] = null;
                        RefCounts.DecRef(it);
                        frame.Pc = ins.Arg;
                        break;
                    }
                    var item = Abstract.IterNext(it);
                    if (item is not null)
                    {
                        RefArray.Store(stack, frame.StackTop++, item);
                    }
                    else
                    {
                        frame.StackTop--;
                        stack[frame.StackTop] = null;
                        RefCounts.DecRef(it);
                        frame.Pc = ins.Arg;
                    }
                    break;
                }

                case OpCode.JUMP_FORWARD:
                    frame.Pc = ins.Arg;
                    break;

                case OpCode.JUMP_BACKWARD:
                    frame.Pc = ins.Arg;
                    CheckEvalBreaker();
                    break;

                case OpCode.JUMP_BACKWARD_NO_INTERRUPT:
                    frame.Pc = ins.Arg;
                    break;

                case OpCode.POP_JUMP_FORWARD_IF_FALSE:
                case OpCode.POP_JUMP_BACKWARD_IF_FALSE:
                case OpCode.POP_JUMP_FORWARD_IF_TRUE:
                case OpCode.POP_JUMP_BACKWARD_IF_TRUE:
                {
                    var cond = stack[frame.StackTop - 1]!;
                    bool truth = ReferenceEquals(cond, PyBool.True) || (!ReferenceEquals(cond, PyBool.False) && Abstract.IsTrue(cond));
                    frame.StackTop--;
                    stack[frame.StackTop] = null;
                    RefCounts.DecRef(cond);
                    var jumpIfTrue = ins.Op is OpCode.POP_JUMP_FORWARD_IF_TRUE or OpCode.POP_JUMP_BACKWARD_IF_TRUE;
                    if (truth == jumpIfTrue)
                    {
                        frame.Pc = ins.Arg;
                        if (ins.Op is OpCode.POP_JUMP_BACKWARD_IF_FALSE or OpCode.POP_JUMP_BACKWARD_IF_TRUE) CheckEvalBreaker();
                    }
                    break;
                }

                case OpCode.POP_JUMP_FORWARD_IF_NONE:
                case OpCode.POP_JUMP_BACKWARD_IF_NONE:
                case OpCode.POP_JUMP_FORWARD_IF_NOT_NONE:
                case OpCode.POP_JUMP_BACKWARD_IF_NOT_NONE:
                {
                    var v = stack[--frame.StackTop]!;
                    stack[frame.StackTop] = null;
                    var isNone = ReferenceEquals(v, PyNone.None);
                    RefCounts.DecRef(v);
                    var jumpIfNone = ins.Op is OpCode.POP_JUMP_FORWARD_IF_NONE or OpCode.POP_JUMP_BACKWARD_IF_NONE;
                    if (isNone == jumpIfNone) frame.Pc = ins.Arg;
                    break;
                }

                case OpCode.JUMP_IF_FALSE_OR_POP:
                case OpCode.JUMP_IF_TRUE_OR_POP:
                {
                    var cond = stack[frame.StackTop - 1]!;
                    var truth = Abstract.IsTrue(cond);
                    if (truth == (ins.Op == OpCode.JUMP_IF_TRUE_OR_POP))
                    {
                        frame.Pc = ins.Arg;
                    }
                    else
                    {
                        frame.StackTop--;
                        stack[frame.StackTop] = null;
                        RefCounts.DecRef(cond);
                    }
                    break;
                }

                case OpCode.MAKE_FUNCTION:
                    MakeFunction(frame, ins.Arg);
                    break;

                case OpCode.LOAD_BUILD_CLASS:
                {
                    var bc = frame.Builtins.GetItemOrNull("__build_class__") ?? throw Errors.NameError("__build_class__ not found");
                    RefCounts.IncRef(bc);
                    RefArray.Store(stack, frame.StackTop++, bc);
                    break;
                }

                case OpCode.LOAD_ASSERTION_ERROR:
                    RefArray.Store(stack, frame.StackTop++, ExceptionTypes.AssertionError);
                    break;

                case OpCode.KW_NAMES:
                    frame.KwNames = (PyTuple)frame.Code.Consts[ins.Arg];
                    break;

                case OpCode.PRECALL:
                    Precall(frame, ins.Arg);
                    break;

                case OpCode.CALL:
                {
                    var callee = Call(frame, ins.Arg);
                    if (callee is not null)
                    {
                        frame = callee;
                        instructions = frame.Code.Instructions;
                    }
                    break;
                }

                case OpCode.CALL_FUNCTION_EX:
                {
                    var callee = CallFunctionEx(frame, ins.Arg);
                    if (callee is not null)
                    {
                        frame = callee;
                        instructions = frame.Code.Instructions;
                    }
                    break;
                }

                case OpCode.RETURN_VALUE:
                {
                    var retval = stack[--frame.StackTop]!;
                    stack[frame.StackTop] = null;
                    // RETURN_VALUE's C local: finalizers run while the frame is cleared.
                    var roots = Heap.TempRoots;
                    roots.Add(retval);
                    var caller = PopFrame(frame, out var wasEntry);
                    roots.RemoveAt(roots.Count - 1);
                    if (wasEntry) return retval;
                    frame = caller!;
                    instructions = frame.Code.Instructions;
                    Deliver(frame, retval, returned: true);
                    break;
                }

                case OpCode.RETURN_GENERATOR:
                {
                    var (caller, wasEntry, gen) = ReturnGenerator(frame);
                    if (wasEntry) return gen;
                    frame = caller!;
                    instructions = frame.Code.Instructions;
                    Deliver(frame, gen, returned: true);
                    break;
                }

                case OpCode.YIELD_VALUE:
                {
                    var value = stack[--frame.StackTop]!;
                    stack[frame.StackTop] = null;
                    var caller = SuspendGenerator(frame, out var wasEntry);
                    if (wasEntry) return value;
                    frame = caller!;
                    instructions = frame.Code.Instructions;
                    Deliver(frame, value, returned: false);
                    break;
                }

                case OpCode.SEND:
                {
                    var next = Send(frame, ins.Arg);
                    if (next is not null)
                    {
                        frame = next;
                        instructions = frame.Code.Instructions;
                    }
                    break;
                }

                case OpCode.RAISE_VARARGS:
                    throw Raise(frame, ins.Arg);

                case OpCode.RERAISE:
                {
                    var exc = (PyBaseException)stack[--frame.StackTop]!;
                    stack[frame.StackTop] = null;
                    // PEEK(oparg + 1) before the pop: the saved offset of the original raising instruction.
                    if (ins.Arg != 0 && stack[frame.StackTop - ins.Arg] is PyInt lasti) frame.LastI = (int)lasti.Value;
                    throw new PyException(exc) { SkipTraceback = true, Propagating = true };
                }

                case OpCode.PUSH_EXC_INFO:
                {
                    var value = stack[frame.StackTop - 1]!;
                    var info = ts.ExcInfo;
                    RefArray.Store(stack, frame.StackTop - 1, info.Value ?? PyNone.None);
                    RefCounts.IncRef(value);
                    info.Value = value;
                    RefArray.Store(stack, frame.StackTop++, value);
                    break;
                }

                case OpCode.POP_EXCEPT:
                {
                    var value = stack[--frame.StackTop]!;
                    stack[frame.StackTop] = null;
                    var info = ts.ExcInfo;
                    var old = info.Value;
                    info.Value = ReferenceEquals(value, PyNone.None) ? null : value;
                    RefCounts.XDecRef(old);
                    break;
                }

                case OpCode.CHECK_EXC_MATCH:
                {
                    var right = stack[frame.StackTop - 1]!;
                    var left = stack[frame.StackTop - 2]!;
                    var match = ExceptionMatches(left, right);
                    RefArray.Store(stack, frame.StackTop - 1, PyBool.From(match));
                    RefCounts.DecRef(right);
                    break;
                }

                case OpCode.BEFORE_WITH:
                    BeforeWith(frame);
                    break;

                case OpCode.WITH_EXCEPT_START:
                    WithExceptStart(frame);
                    break;

                case OpCode.IMPORT_NAME:
                    ImportName(frame, frame.Code.Names[ins.Arg]);
                    break;

                case OpCode.IMPORT_FROM:
                    ImportFrom(frame, frame.Code.Names[ins.Arg]);
                    break;

                case OpCode.IMPORT_STAR:
                    ImportStar(frame);
                    break;

                case OpCode.SETUP_ANNOTATIONS:
                    SetupAnnotations(frame);
                    break;

                case OpCode.FORMAT_VALUE:
                    FormatValue(frame, ins.Arg);
                    break;

                case OpCode.PRINT_EXPR:
                {
                    var v = stack[--frame.StackTop]!;
                    stack[frame.StackTop] = null;
                    if (!ReferenceEquals(v, PyNone.None)) Stdout.Write(Abstract.ReprString(v) + "\n");
                    RefCounts.DecRef(v);
                    break;
                }

                default:
                    throw Errors.New(ExceptionTypes.SystemError, $"PyHeap does not implement the opcode {ins.Op}");
            }
        }
    }
}
