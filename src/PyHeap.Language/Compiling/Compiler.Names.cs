using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

public sealed partial class Compiler
{
    /// <summary>Models compiler_nameop: picks *_FAST, *_DEREF, *_GLOBAL or *_NAME from the symbol table.</summary>
    private void NameOp(string name, ExprContext ctx)
    {
        if (ctx == ExprContext.Store && name == "__debug__") throw Error("cannot assign to __debug__");
        if (ctx == ExprContext.Del && name == "__debug__") throw Error("cannot delete __debug__");
        var mangled = Mangler.Mangle(u.Private, name);
        var scope = u.Ste.GetScope(mangled);
        var isFunction = u.Ste.Type == BlockType.Function;
        switch (scope)
        {
            case SymbolScope.Free:
                AddDeref(ctx, u.FreeVars[mangled]);
                return;
            case SymbolScope.Cell:
                AddDeref(ctx, u.CellVars[mangled]);
                return;
            case SymbolScope.Local when isFunction:
            {
                var idx = CompilerUnit.AddName(u.VarNames, mangled);
                AddOpI(ctx switch { ExprContext.Load => OpCode.LOAD_FAST, ExprContext.Store => OpCode.STORE_FAST, _ => OpCode.DELETE_FAST }, idx);
                return;
            }
            case SymbolScope.GlobalImplicit when isFunction:
            case SymbolScope.GlobalExplicit:
            {
                var idx = CompilerUnit.AddName(u.Names, mangled);
                switch (ctx)
                {
                    case ExprContext.Load: AddOpI(OpCode.LOAD_GLOBAL, idx << 1); break;
                    case ExprContext.Store: AddOpI(OpCode.STORE_GLOBAL, idx); break;
                    default: AddOpI(OpCode.DELETE_GLOBAL, idx); break;
                }
                return;
            }
            default:
            {
                var idx = CompilerUnit.AddName(u.Names, mangled);
                AddOpI(ctx switch { ExprContext.Load => OpCode.LOAD_NAME, ExprContext.Store => OpCode.STORE_NAME, _ => OpCode.DELETE_NAME }, idx);
                return;
            }
        }
    }

    /// <summary>Deref opargs are cell/free indices here; the assembler maps them to localsplus slots.</summary>
    private void AddDeref(ExprContext ctx, int index)
    {
        var op = ctx switch
        {
            ExprContext.Load => u.Ste.Type == BlockType.Class ? OpCode.LOAD_CLASSDEREF : OpCode.LOAD_DEREF,
            ExprContext.Store => OpCode.STORE_DEREF,
            _ => OpCode.DELETE_DEREF,
        };
        AddOpI(op, index);
    }

    /// <summary>Models get_ref_type, for LOAD_CLOSURE.</summary>
    private SymbolScope GetRefType(string name)
    {
        if (u.ScopeType == CompilerScopeType.Class && name == "__class__") return SymbolScope.Cell;
        return u.Ste.GetScope(name);
    }
}
