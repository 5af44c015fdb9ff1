using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

public sealed partial class Compiler
{
    /// <summary>Models compiler_function.</summary>
    private void CompileFunction(FunctionDef s)
    {
        foreach (var d in s.DecoratorList) VisitExpr(d);
        var firstLineNo = s.DecoratorList.Count > 0 ? s.DecoratorList[0].Span.Line : s.Span.Line;
        var funcFlags = DefaultArguments(s.Args);
        if (VisitAnnotations(s.Args, s.Returns)) funcFlags |= 0x04;

        EnterScope(s.Name, CompilerScopeType.Function, s, firstLineNo);
        var docString = GetDocString(s.Body);
        if (docString is not null) SourceConstant(docString);
        u.AddConst(docString ?? ConstantValue.None);
        u.ArgCount = s.Args.Args.Count;
        u.PosOnlyArgCount = s.Args.PosOnlyArgs.Count;
        u.KwOnlyArgCount = s.Args.KwOnlyArgs.Count;
        for (var i = docString is not null ? 1 : 0; i < s.Body.Count; i++) VisitStmt(s.Body[i]);
        var code = Assemble(addNone: true);
        var qualName = u.QualName;
        ExitScope();

        MakeClosure(code, funcFlags);
        ApplyDecorators(s.DecoratorList);
        SetLoc(s);
        NameOp(s.Name, ExprContext.Store);
        _ = qualName;
    }

    /// <summary>Models compiler_lambda.</summary>
    private void CompileLambda(Lambda e)
    {
        var funcFlags = DefaultArguments(e.Args);
        EnterScope("<lambda>", CompilerScopeType.Lambda, e, e.Span.Line);
        // None first, so a lambda never has a docstring.
        u.AddConst(ConstantValue.None);
        u.ArgCount = e.Args.Args.Count;
        u.PosOnlyArgCount = e.Args.PosOnlyArgs.Count;
        u.KwOnlyArgCount = e.Args.KwOnlyArgs.Count;
        VisitExpr(e.Body);
        CodeObject code;
        if (u.Ste.IsGenerator)
        {
            code = Assemble(addNone: false);
        }
        else
        {
            AddOp(OpCode.RETURN_VALUE);
            code = Assemble(addNone: true);
        }
        ExitScope();
        MakeClosure(code, funcFlags);
    }

    /// <summary>Models compiler_class: the body becomes a function passed to __build_class__.</summary>
    private void CompileClass(ClassDef s)
    {
        foreach (var d in s.DecoratorList) VisitExpr(d);
        var firstLineNo = s.DecoratorList.Count > 0 ? s.DecoratorList[0].Span.Line : s.Span.Line;
        EnterScope(s.Name, CompilerScopeType.Class, s, firstLineNo);
        u.Private = s.Name;
        NameOp("__name__", ExprContext.Load);
        NameOp("__module__", ExprContext.Store);
        LoadConst(ConstantValue.Str(u.QualName));
        NameOp("__qualname__", ExprContext.Store);
        CompileBody(s.Body, isModule: false);
        UnsetLoc();
        if (u.Ste.NeedsClassClosure)
        {
            AddOpI(OpCode.LOAD_CLOSURE, u.CellVars["__class__"]);
            AddOpI(OpCode.COPY, 1);
            NameOp("__classcell__", ExprContext.Store);
        }
        else
        {
            LoadConst(ConstantValue.None);
        }
        AddOp(OpCode.RETURN_VALUE);
        var code = Assemble(addNone: true);
        ExitScope();

        AddOp(OpCode.PUSH_NULL);
        AddOp(OpCode.LOAD_BUILD_CLASS);
        MakeClosure(code, 0);
        LoadConst(ConstantValue.Str(s.Name));
        CallHelper(2, s.Bases, s.Keywords);
        ApplyDecorators(s.DecoratorList);
        SetLoc(s);
        NameOp(s.Name, ExprContext.Store);
    }

    /// <summary>Calls the decorators innermost first, each at its own line.</summary>
    private void ApplyDecorators(IReadOnlyList<Expression> decorators)
    {
        for (var i = decorators.Count - 1; i >= 0; i--)
        {
            SetLoc(decorators[i]);
            AddOpI(OpCode.PRECALL, 0);
            AddOpI(OpCode.CALL, 0);
        }
    }

    /// <summary>Models compiler_make_closure: LOAD_CLOSURE each free variable of the new code, then MAKE_FUNCTION.</summary>
    private void MakeClosure(CodeObject code, int flags)
    {
        var frees = code.FreeVars.ToList();
        if (frees.Count > 0)
        {
            foreach (var name in frees)
            {
                var arg = GetRefType(name) == SymbolScope.Cell
                    ? u.CellVars.TryGetValue(name, out var c) ? c : -1
                    : u.FreeVars.TryGetValue(name, out var f) ? f : -1;
                if (arg < 0) throw new InvalidOperationException($"compiler_make_closure: lookup of '{name}' failed in {u.Name}");
                AddOpI(OpCode.LOAD_CLOSURE, arg);
            }
            flags |= 0x08;
            AddOpI(OpCode.BUILD_TUPLE, frees.Count);
        }
        LoadConst(ConstantValue.Code(code));
        AddOpI(OpCode.MAKE_FUNCTION, flags);
    }

    /// <summary>Models compiler_default_arguments: pushes the defaults tuple and kw-defaults dict.</summary>
    private int DefaultArguments(Arguments args)
    {
        var flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) VisitExpr(d);
            AddOpI(OpCode.BUILD_TUPLE, args.Defaults.Count);
            flags |= 0x01;
        }
        var keys = new List<ConstantValue>();
        for (var i = 0; i < args.KwOnlyArgs.Count; i++)
        {
            var d = i < args.KwDefaults.Count ? args.KwDefaults[i] : null;
            if (d is null) continue;
            keys.Add(ConstantValue.Str(Mangler.Mangle(u.Private, args.KwOnlyArgs[i].Name)));
            VisitExpr(d);
        }
        if (keys.Count > 0)
        {
            LoadConst(ConstantValue.Tuple(keys));
            AddOpI(OpCode.BUILD_CONST_KEY_MAP, keys.Count);
            flags |= 0x02;
        }
        return flags;
    }

    /// <summary>Models compiler_visit_annotations: (name, value) pairs in a tuple; true if one was pushed.</summary>
    private bool VisitAnnotations(Arguments args, Expression? returns)
    {
        var count = 0;
        void One(string name, Expression? annotation)
        {
            if (annotation is null) return;
            LoadConst(ConstantValue.Str(Mangler.Mangle(u.Private, name)));
            if (annotation is Starred st)
            {
                VisitExpr(st.Value);
                AddOpI(OpCode.UNPACK_SEQUENCE, 1);
            }
            else
            {
                VisitExpr(annotation);
            }
            count += 2;
        }
        foreach (var a in args.Args) One(a.Name, a.Annotation);
        foreach (var a in args.PosOnlyArgs) One(a.Name, a.Annotation);
        if (args.VarArg is not null) One(args.VarArg.Name, args.VarArg.Annotation);
        foreach (var a in args.KwOnlyArgs) One(a.Name, a.Annotation);
        if (args.KwArg is not null) One(args.KwArg.Name, args.KwArg.Annotation);
        One("return", returns);
        if (count == 0) return false;
        AddOpI(OpCode.BUILD_TUPLE, count);
        return true;
    }
}
