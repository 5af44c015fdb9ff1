using PyHeap.Language.Syntax;
using Attribute = PyHeap.Language.Syntax.Attribute;

namespace PyHeap.Language.Compiling;

public sealed partial class Compiler
{
    /// <summary>Models compiler_call: LOAD_METHOD form for <c>obj.meth(...)</c>, else PUSH_NULL + callable.</summary>
    private void CompileCall(Call e)
    {
        if (TryMethodCall(e)) return;
        SetLoc(e.Func);
        AddOp(OpCode.PUSH_NULL);
        SetLoc(e);
        VisitExpr(e.Func);
        CallHelper(0, e.Args, e.Keywords);
    }

    /// <summary>Models is_import_originated: a module-level import name is called through LOAD_ATTR.</summary>
    private bool IsImportOriginated(Expression e) =>
        e is Name n && (symbols.Top.GetFlags(n.Id) & SymbolFlags.DefImport) != 0;

    /// <summary>Models maybe_optimize_method_call.</summary>
    private bool TryMethodCall(Call e)
    {
        if (e.Func is not Attribute { Ctx: ExprContext.Load } meth) return false;
        if (IsImportOriginated(meth.Value)) return false;
        var argsl = e.Args.Count;
        var kwdsl = e.Keywords.Count;
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= StackUseGuideline) return false;
        if (e.Args.Any(a => a is Starred)) return false;
        if (e.Keywords.Any(k => k.Arg is null)) return false;
        ValidateKeywords(e.Keywords);
        VisitExpr(meth.Value);
        var loc = u.Loc;
        SetLoc(meth); // LOAD_METHOD carries the attribute's span (x.upper), the call the whole call's
        UpdateStartLocationToMatchAttr(meth);
        AddOpName(OpCode.LOAD_METHOD, meth.Attr);
        foreach (var a in e.Args) VisitExpr(a);
        if (kwdsl > 0)
        {
            foreach (var k in e.Keywords) VisitExpr(k.Value);
            CallSimpleKwHelper(e.Keywords);
        }
        u.Loc = loc;
        UpdateStartLocationToMatchAttr(meth);
        AddOpI(OpCode.PRECALL, argsl + kwdsl);
        AddOpI(OpCode.CALL, argsl + kwdsl);
        u.Loc = loc;
        return true;
    }

    private void ValidateKeywords(IReadOnlyList<Keyword> keywords)
    {
        for (var i = 0; i < keywords.Count; i++)
        {
            if (keywords[i].Arg is null) continue;
            for (var j = i + 1; j < keywords.Count; j++)
            {
                if (keywords[j].Arg == keywords[i].Arg)
                    throw Error($"keyword argument repeated: {keywords[i].Arg}", keywords[j].Span);
            }
        }
    }

    private void CallSimpleKwHelper(IReadOnlyList<Keyword> keywords)
    {
        var names = ConstantValue.Tuple(keywords.Select(k => ConstantValue.Str(k.Arg!)).ToArray());
        AddOpI(OpCode.KW_NAMES, u.AddConst(names));
    }

    /// <summary>Models compiler_call_helper: PRECALL/CALL, or CALL_FUNCTION_EX for * and ** arguments.</summary>
    private void CallHelper(int n, IReadOnlyList<Expression> args, IReadOnlyList<Keyword> keywords)
    {
        ValidateKeywords(keywords);
        var nelts = args.Count;
        var nkwelts = keywords.Count;
        var exCall = nelts + nkwelts * 2 > StackUseGuideline || args.Any(a => a is Starred) || keywords.Any(k => k.Arg is null);
        if (!exCall)
        {
            foreach (var a in args) VisitExpr(a);
            if (nkwelts > 0)
            {
                foreach (var k in keywords) VisitExpr(k.Value);
                CallSimpleKwHelper(keywords);
            }
            AddOpI(OpCode.PRECALL, n + nelts + nkwelts);
            AddOpI(OpCode.CALL, n + nelts + nkwelts);
            return;
        }
        if (n == 0 && nelts == 1 && args[0] is Starred only) VisitExpr(only.Value);
        else StarUnpackHelper(args, n, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, true);
        if (nkwelts > 0)
        {
            var haveDict = false;
            var nseen = 0;
            for (var i = 0; i < nkwelts; i++)
            {
                var kw = keywords[i];
                if (kw.Arg is null)
                {
                    if (nseen > 0)
                    {
                        SubKwargs(keywords, i - nseen, i);
                        if (haveDict) AddOpI(OpCode.DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict)
                    {
                        AddOpI(OpCode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    VisitExpr(kw.Value);
                    AddOpI(OpCode.DICT_MERGE, 1);
                }
                else
                {
                    nseen++;
                }
            }
            if (nseen > 0)
            {
                SubKwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) AddOpI(OpCode.DICT_MERGE, 1);
            }
        }
        AddOpI(OpCode.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    /// <summary>Models compiler_subkwargs.</summary>
    private void SubKwargs(IReadOnlyList<Keyword> keywords, int begin, int end)
    {
        var n = end - begin;
        var big = n * 2 > StackUseGuideline;
        if (n > 1 && !big)
        {
            for (var i = begin; i < end; i++) VisitExpr(keywords[i].Value);
            LoadConst(ConstantValue.Tuple(Enumerable.Range(begin, n).Select(i => ConstantValue.Str(keywords[i].Arg!)).ToArray()));
            AddOpI(OpCode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) AddRaw((int)OpCode.BUILD_MAP, 0, null, Instr.NoLocation);
        for (var i = begin; i < end; i++)
        {
            LoadConst(ConstantValue.Str(keywords[i].Arg!));
            VisitExpr(keywords[i].Value);
            if (big) AddRaw((int)OpCode.MAP_ADD, 1, null, Instr.NoLocation);
        }
        if (!big) AddOpI(OpCode.BUILD_MAP, n);
    }
}
