using PyHeap.Language.Syntax;
using Attribute = PyHeap.Language.Syntax.Attribute;

namespace PyHeap.Language.Compiling;

public sealed partial class Compiler
{
    /// <summary>Models compiler_augassign: load target (keeping object/index with COPY), op in place, store back.</summary>
    private void CompileAugAssign(AugAssign s)
    {
        var e = s.Target;
        var saved = u.Loc;
        SetLoc(e);
        switch (e)
        {
            case Attribute a:
                VisitExpr(a.Value);
                AddOpI(OpCode.COPY, 1);
                UpdateStartLocationToMatchAttr(a);
                AddOpName(OpCode.LOAD_ATTR, a.Attr);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                AddOpI(OpCode.COPY, 2);
                AddOpI(OpCode.COPY, 2);
                AddOp(OpCode.BINARY_SUBSCR);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Load);
                break;
            default:
                throw Error("'" + e.GetType().Name + "' is an illegal expression for augmented assignment", e.Span);
        }
        u.Loc = saved;
        VisitExpr(s.Value);
        AddOpI(OpCode.BINARY_OP, (int)s.Op + 13);
        SetLoc(e);
        switch (e)
        {
            case Attribute a:
                UpdateStartLocationToMatchAttr(a);
                AddOpI(OpCode.SWAP, 2);
                AddOpName(OpCode.STORE_ATTR, a.Attr);
                break;
            case Subscript:
                AddOpI(OpCode.SWAP, 3);
                AddOpI(OpCode.SWAP, 2);
                AddOp(OpCode.STORE_SUBSCR);
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Store);
                break;
        }
    }

    /// <summary>Models compiler_annassign: module/class level simple names store into __annotations__.</summary>
    private void CompileAnnAssign(AnnAssign s)
    {
        var target = s.Target;
        if (s.Value is not null)
        {
            VisitExpr(s.Value);
            VisitExpr(target);
        }
        var atModuleOrClass = u.ScopeType is CompilerScopeType.Module or CompilerScopeType.Class;
        switch (target)
        {
            case Name n:
                if (s.Simple && atModuleOrClass)
                {
                    VisitExpr(s.Annotation);
                    AddOpName(OpCode.LOAD_NAME, "__annotations__");
                    LoadConst(ConstantValue.Str(Mangler.Mangle(u.Private, n.Id)));
                    AddOp(OpCode.STORE_SUBSCR);
                }
                break;
            case Attribute a:
                if (s.Value is null) CheckAnnExpr(a.Value);
                break;
            case Subscript sub:
                if (s.Value is null)
                {
                    CheckAnnExpr(sub.Value);
                    CheckAnnSubscr(sub.Slice);
                }
                break;
        }
        if (!s.Simple && atModuleOrClass) CheckAnnExpr(s.Annotation);
    }

    private void CheckAnnExpr(Expression e)
    {
        VisitExpr(e);
        AddOp(OpCode.POP_TOP);
    }

    private void CheckAnnSubscr(Expression e)
    {
        switch (e)
        {
            case Slice sl:
                if (sl.Lower is not null) CheckAnnExpr(sl.Lower);
                if (sl.Upper is not null) CheckAnnExpr(sl.Upper);
                if (sl.Step is not null) CheckAnnExpr(sl.Step);
                break;
            case TupleDisplay t:
                foreach (var x in t.Elts) CheckAnnSubscr(x);
                break;
            default:
                CheckAnnExpr(e);
                break;
        }
    }
}
