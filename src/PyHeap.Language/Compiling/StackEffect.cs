namespace PyHeap.Language.Compiling;

/// <summary>Stack effect of each opcode, including pseudo-ops. Models Python/compile.c: stack_effect (3.11).</summary>
internal static class StackEffect
{
    public static int Of(int op, int oparg, bool jump)
    {
        switch (op)
        {
            case PseudoOp.SetupFinally: return jump ? 1 : 0;
            case PseudoOp.SetupCleanup: return jump ? 2 : 0;
            case PseudoOp.SetupWith: return jump ? 1 : 0;
            case PseudoOp.PopBlock: return 0;
            case PseudoOp.Jump:
            case PseudoOp.JumpNoInterrupt: return 0;
            case PseudoOp.PopJumpIfFalse:
            case PseudoOp.PopJumpIfTrue:
            case PseudoOp.PopJumpIfNone:
            case PseudoOp.PopJumpIfNotNone: return -1;
        }
        switch ((OpCode)op)
        {
            case OpCode.NOP:
            case OpCode.CACHE:
            case OpCode.RESUME:
            case OpCode.EXTENDED_ARG:
                return 0;
            case OpCode.POP_TOP: return -1;
            case OpCode.PUSH_NULL: return 1;
            case OpCode.SWAP: return 0;
            case OpCode.COPY: return 1;
            case OpCode.UNARY_POSITIVE:
            case OpCode.UNARY_NEGATIVE:
            case OpCode.UNARY_NOT:
            case OpCode.UNARY_INVERT:
                return 0;
            case OpCode.BINARY_OP: return -1;
            case OpCode.BINARY_SUBSCR: return -1;
            case OpCode.STORE_SUBSCR: return -3;
            case OpCode.DELETE_SUBSCR: return -2;
            case OpCode.GET_ITER: return 0;
            case OpCode.PRINT_EXPR: return -1;
            case OpCode.LOAD_BUILD_CLASS: return 1;
            case OpCode.RETURN_VALUE: return -1;
            case OpCode.IMPORT_STAR: return -1;
            case OpCode.SETUP_ANNOTATIONS: return 0;
            case OpCode.ASYNC_GEN_WRAP:
            case OpCode.YIELD_VALUE:
                return 0;
            case OpCode.POP_EXCEPT: return -1;
            case OpCode.STORE_NAME: return -1;
            case OpCode.DELETE_NAME: return 0;
            case OpCode.UNPACK_SEQUENCE: return oparg - 1;
            case OpCode.UNPACK_EX: return (oparg & 0xFF) + (oparg >> 8);
            case OpCode.FOR_ITER: return jump ? -1 : 1;
            case OpCode.SEND: return jump ? -1 : 0;
            case OpCode.STORE_ATTR: return -2;
            case OpCode.DELETE_ATTR: return -1;
            case OpCode.STORE_GLOBAL: return -1;
            case OpCode.DELETE_GLOBAL: return 0;
            case OpCode.LOAD_CONST: return 1;
            case OpCode.LOAD_NAME: return 1;
            case OpCode.BUILD_TUPLE:
            case OpCode.BUILD_LIST:
            case OpCode.BUILD_SET:
            case OpCode.BUILD_STRING:
                return 1 - oparg;
            case OpCode.LIST_APPEND:
            case OpCode.SET_ADD:
                return -1;
            case OpCode.MAP_ADD: return -2;
            case OpCode.BUILD_MAP: return 1 - 2 * oparg;
            case OpCode.BUILD_CONST_KEY_MAP: return -oparg;
            case OpCode.LOAD_ATTR: return 0;
            case OpCode.COMPARE_OP:
            case OpCode.IS_OP:
            case OpCode.CONTAINS_OP:
                return -1;
            case OpCode.CHECK_EXC_MATCH: return 0;
            case OpCode.CHECK_EG_MATCH: return 0;
            case OpCode.IMPORT_NAME: return -1;
            case OpCode.IMPORT_FROM: return 1;
            case OpCode.JUMP_FORWARD:
            case OpCode.JUMP_BACKWARD:
            case OpCode.JUMP_BACKWARD_NO_INTERRUPT:
                return 0;
            case OpCode.JUMP_IF_TRUE_OR_POP:
            case OpCode.JUMP_IF_FALSE_OR_POP:
                return jump ? 0 : -1;
            case OpCode.POP_JUMP_FORWARD_IF_FALSE:
            case OpCode.POP_JUMP_FORWARD_IF_TRUE:
            case OpCode.POP_JUMP_BACKWARD_IF_FALSE:
            case OpCode.POP_JUMP_BACKWARD_IF_TRUE:
            case OpCode.POP_JUMP_FORWARD_IF_NONE:
            case OpCode.POP_JUMP_FORWARD_IF_NOT_NONE:
            case OpCode.POP_JUMP_BACKWARD_IF_NONE:
            case OpCode.POP_JUMP_BACKWARD_IF_NOT_NONE:
                return -1;
            case OpCode.LOAD_GLOBAL: return (oparg & 1) + 1;
            case OpCode.PREP_RERAISE_STAR: return -1;
            case OpCode.RERAISE: return -1;
            case OpCode.PUSH_EXC_INFO: return 1;
            case OpCode.WITH_EXCEPT_START: return 1;
            case OpCode.LOAD_FAST: return 1;
            case OpCode.STORE_FAST: return -1;
            case OpCode.DELETE_FAST: return 0;
            case OpCode.RETURN_GENERATOR: return 0;
            case OpCode.RAISE_VARARGS: return -oparg;
            case OpCode.PRECALL: return -oparg;
            case OpCode.KW_NAMES: return 0;
            case OpCode.CALL: return -1;
            case OpCode.CALL_FUNCTION_EX: return -2 - ((oparg & 0x01) != 0 ? 1 : 0);
            case OpCode.MAKE_FUNCTION:
                return -((oparg & 0x01) != 0 ? 1 : 0) - ((oparg & 0x02) != 0 ? 1 : 0)
                    - ((oparg & 0x04) != 0 ? 1 : 0) - ((oparg & 0x08) != 0 ? 1 : 0);
            case OpCode.BUILD_SLICE: return oparg == 3 ? -2 : -1;
            case OpCode.MAKE_CELL:
            case OpCode.COPY_FREE_VARS:
                return 0;
            case OpCode.LOAD_CLOSURE: return 1;
            case OpCode.LOAD_DEREF:
            case OpCode.LOAD_CLASSDEREF:
                return 1;
            case OpCode.STORE_DEREF: return -1;
            case OpCode.DELETE_DEREF: return 0;
            case OpCode.GET_AWAITABLE: return 0;
            case OpCode.BEFORE_ASYNC_WITH:
            case OpCode.BEFORE_WITH:
                return 1;
            case OpCode.GET_AITER: return 0;
            case OpCode.GET_ANEXT: return 1;
            case OpCode.GET_YIELD_FROM_ITER: return 0;
            case OpCode.END_ASYNC_FOR: return -2;
            case OpCode.FORMAT_VALUE: return (oparg & 0x04) != 0 ? -1 : 0;
            case OpCode.LOAD_METHOD: return 1;
            case OpCode.LOAD_ASSERTION_ERROR: return 1;
            case OpCode.LIST_TO_TUPLE: return 0;
            case OpCode.LIST_EXTEND:
            case OpCode.SET_UPDATE:
            case OpCode.DICT_MERGE:
            case OpCode.DICT_UPDATE:
                return -1;
            case OpCode.MATCH_CLASS: return -2;
            case OpCode.GET_LEN:
            case OpCode.MATCH_MAPPING:
            case OpCode.MATCH_SEQUENCE:
            case OpCode.MATCH_KEYS:
                return 1;
            default:
                throw new InvalidOperationException($"stack_effect: unknown opcode {op}");
        }
    }
}
