using PyHeap.Language.Syntax;
using Attribute = PyHeap.Language.Syntax.Attribute;

namespace PyHeap.Language.Compiling;

public sealed partial class Compiler
{
    /// <summary>Models compiler_visit_expr: the node's location applies to its instructions, then is restored.</summary>
    private void VisitExpr(Expression e)
    {
        var saved = u.Loc;
        SetLoc(e);
        VisitExpr1(e);
        u.Loc = saved;
    }

    /// <summary>Models compiler_visit_expr1.</summary>
    private void VisitExpr1(Expression e)
    {
        switch (e)
        {
            case NamedExpr ne:
                VisitExpr(ne.Value);
                AddOpI(OpCode.COPY, 1);
                VisitExpr(ne.Target);
                break;
            case BoolOp b: CompileBoolOp(b); break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                AddOpI(OpCode.BINARY_OP, (int)b.Op);
                break;
            case UnaryOp un:
                VisitExpr(un.Operand);
                AddOp(un.Op switch
                {
                    UnaryOperator.Invert => OpCode.UNARY_INVERT,
                    UnaryOperator.Not => OpCode.UNARY_NOT,
                    UnaryOperator.UAdd => OpCode.UNARY_POSITIVE,
                    _ => OpCode.UNARY_NEGATIVE,
                });
                break;
            case Lambda l: CompileLambda(l); break;
            case IfExp i: CompileIfExp(i); break;
            case DictDisplay d: CompileDict(d); break;
            case SetDisplay s:
                StarUnpackHelper(s.Elts, 0, OpCode.BUILD_SET, OpCode.SET_ADD, OpCode.SET_UPDATE, false);
                break;
            case GeneratorExp g: CompileComprehension(g, "<genexpr>", ComprehensionKind.GenExp, g.Generators, g.Elt, null); break;
            case ListComp l: CompileComprehension(l, "<listcomp>", ComprehensionKind.List, l.Generators, l.Elt, null); break;
            case SetComp s: CompileComprehension(s, "<setcomp>", ComprehensionKind.Set, s.Generators, s.Elt, null); break;
            case DictComp d: CompileComprehension(d, "<dictcomp>", ComprehensionKind.Dict, d.Generators, d.Key, d.Value); break;
            case Yield y:
                if (u.Ste.Type != BlockType.Function) throw Error("'yield' outside function", e.Span);
                if (y.Value is not null) VisitExpr(y.Value);
                else LoadConst(ConstantValue.None);
                AddOp(OpCode.YIELD_VALUE);
                AddOpI(OpCode.RESUME, 1);
                break;
            case YieldFrom yf:
                if (u.Ste.Type != BlockType.Function) throw Error("'yield' outside function", e.Span);
                VisitExpr(yf.Value);
                AddOp(OpCode.GET_YIELD_FROM_ITER);
                LoadConst(ConstantValue.None);
                AddYieldFrom();
                break;
            case Compare c: CompileCompare(c); break;
            case Call c: CompileCall(c); break;
            case Constant c:
                SourceConstant(c.Value);
                LoadConst(c.Value);
                break;
            case JoinedStr j: CompileJoinedStr(j); break;
            case FormattedValue f: CompileFormattedValue(f); break;
            case Attribute a: CompileAttribute(a); break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                AddOp(s.Ctx switch { ExprContext.Load => OpCode.BINARY_SUBSCR, ExprContext.Store => OpCode.STORE_SUBSCR, _ => OpCode.DELETE_SUBSCR });
                break;
            case Starred st:
                if (st.Ctx == ExprContext.Store) throw Error("starred assignment target must be in a list or tuple", e.Span);
                throw Error("can't use starred expression here", e.Span);
            case Slice sl:
            {
                var n = 2;
                if (sl.Lower is not null) VisitExpr(sl.Lower);
                else LoadConst(ConstantValue.None);
                if (sl.Upper is not null) VisitExpr(sl.Upper);
                else LoadConst(ConstantValue.None);
                if (sl.Step is not null)
                {
                    n++;
                    VisitExpr(sl.Step);
                }
                AddOpI(OpCode.BUILD_SLICE, n);
                break;
            }
            case Name n: NameOp(n.Id, n.Ctx); break;
            case ListDisplay l:
                if (l.Ctx == ExprContext.Store) AssignmentHelper(l.Elts);
                else if (l.Ctx == ExprContext.Load) StarUnpackHelper(l.Elts, 0, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, false);
                else foreach (var x in l.Elts) VisitExpr(x);
                break;
            case TupleDisplay t:
                if (t.Ctx == ExprContext.Store) AssignmentHelper(t.Elts);
                else if (t.Ctx == ExprContext.Load) StarUnpackHelper(t.Elts, 0, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, true);
                else foreach (var x in t.Elts) VisitExpr(x);
                break;
            default:
                throw new NotSupportedException($"compiler: unsupported expression {e.GetType().Name}");
        }
    }

    /// <summary>Models update_start_location_to_match_attr: a multi-line attribute reports the attribute's line.</summary>
    private void UpdateStartLocationToMatchAttr(Attribute attr)
    {
        var loc = u.Loc;
        if (loc.Line != attr.Span.EndLine)
        {
            var col = attr.Attr.Length <= attr.Span.EndColumn ? attr.Span.EndColumn - attr.Attr.Length : -1;
            var endLine = Math.Max(attr.Span.EndLine, loc.EndLine);
            var endCol = col < 0 ? -1 : loc.EndColumn;
            if (attr.Span.EndLine == endLine && col >= 0) endCol = Math.Max(col, endCol);
            u.Loc = new SourceSpan(attr.Span.EndLine, col, endLine, endCol);
        }
    }

    private void CompileAttribute(Attribute a)
    {
        VisitExpr(a.Value);
        UpdateStartLocationToMatchAttr(a);
        switch (a.Ctx)
        {
            case ExprContext.Load: AddOpName(OpCode.LOAD_ATTR, a.Attr); break;
            case ExprContext.Store:
                if (a.Attr == "__debug__") throw Error("cannot assign to __debug__");
                AddOpName(OpCode.STORE_ATTR, a.Attr);
                break;
            default: AddOpName(OpCode.DELETE_ATTR, a.Attr); break;
        }
    }

    /// <summary>Models compiler_add_yield_from.</summary>
    private void AddYieldFrom()
    {
        var start = u.NewBlock();
        var resume = u.NewBlock();
        var exit = u.NewBlock();
        UseNextBlock(start);
        AddJump(OpCode.SEND, exit);
        UseNextBlock(resume);
        AddOp(OpCode.YIELD_VALUE);
        AddOpI(OpCode.RESUME, 2);
        AddJump(PseudoOp.JumpNoInterrupt, start);
        UseNextBlock(exit);
    }

    /// <summary>Models compiler_boolop.</summary>
    private void CompileBoolOp(BoolOp e)
    {
        var jump = e.Op == BoolOperator.And ? OpCode.JUMP_IF_FALSE_OR_POP : OpCode.JUMP_IF_TRUE_OR_POP;
        var end = u.NewBlock();
        var n = e.Values.Count - 1;
        for (var i = 0; i < n; i++)
        {
            VisitExpr(e.Values[i]);
            AddJump(jump, end);
            UseNextBlock(u.NewBlock());
        }
        VisitExpr(e.Values[n]);
        UseNextBlock(end);
    }

    /// <summary>Models compiler_ifexp.</summary>
    private void CompileIfExp(IfExp e)
    {
        var end = u.NewBlock();
        var next = u.NewBlock();
        JumpIf(e.Test, next, false);
        VisitExpr(e.Body);
        AddJumpNoLine(PseudoOp.Jump, end);
        UseNextBlock(next);
        VisitExpr(e.OrElse);
        UseNextBlock(end);
    }

    private void AddCompare(CompareOperator op)
    {
        switch (op)
        {
            case CompareOperator.Is: AddOpI(OpCode.IS_OP, 0); break;
            case CompareOperator.IsNot: AddOpI(OpCode.IS_OP, 1); break;
            case CompareOperator.In: AddOpI(OpCode.CONTAINS_OP, 0); break;
            case CompareOperator.NotIn: AddOpI(OpCode.CONTAINS_OP, 1); break;
            default: AddOpI(OpCode.COMPARE_OP, (int)op); break;
        }
    }

    /// <summary>Models compiler_compare: a chain keeps the middle operand with SWAP/COPY and cleans up on failure.</summary>
    private void CompileCompare(Compare e)
    {
        VisitExpr(e.Left);
        var n = e.Ops.Count - 1;
        if (n == 0)
        {
            VisitExpr(e.Comparators[0]);
            AddCompare(e.Ops[0]);
            return;
        }
        var cleanup = u.NewBlock();
        for (var i = 0; i < n; i++)
        {
            VisitExpr(e.Comparators[i]);
            AddOpI(OpCode.SWAP, 2);
            AddOpI(OpCode.COPY, 2);
            AddCompare(e.Ops[i]);
            AddJump(OpCode.JUMP_IF_FALSE_OR_POP, cleanup);
            NextBlock();
        }
        VisitExpr(e.Comparators[n]);
        AddCompare(e.Ops[n]);
        var end = u.NewBlock();
        AddJumpNoLine(PseudoOp.Jump, end);
        UseNextBlock(cleanup);
        AddOpI(OpCode.SWAP, 2);
        AddOp(OpCode.POP_TOP);
        UseNextBlock(end);
    }

    /// <summary>Models compiler_jump_if: jumps to <paramref name="next"/> if the test's truth equals <paramref name="cond"/>.</summary>
    private void JumpIf(Expression e, BasicBlock next, bool cond)
    {
        switch (e)
        {
            case UnaryOp { Op: UnaryOperator.Not } un:
                JumpIf(un.Operand, next, !cond);
                return;
            case BoolOp b:
            {
                var n = b.Values.Count - 1;
                var cond2 = b.Op == BoolOperator.Or;
                var next2 = next;
                if (cond2 != cond) next2 = u.NewBlock();
                for (var i = 0; i < n; i++) JumpIf(b.Values[i], next2, cond2);
                JumpIf(b.Values[n], next, cond);
                if (next2 != next) UseNextBlock(next2);
                return;
            }
            case IfExp ie:
            {
                var end = u.NewBlock();
                var next2 = u.NewBlock();
                JumpIf(ie.Test, next2, false);
                JumpIf(ie.Body, next, cond);
                AddJumpNoLine(PseudoOp.Jump, end);
                UseNextBlock(next2);
                JumpIf(ie.OrElse, next, cond);
                UseNextBlock(end);
                return;
            }
            case Compare c when c.Ops.Count > 1:
            {
                SetLoc(c); // 3.11 leaves a compare's location in place for what follows (an assert's raise)
                var n = c.Ops.Count - 1;
                var cleanup = u.NewBlock();
                VisitExpr(c.Left);
                for (var i = 0; i < n; i++)
                {
                    VisitExpr(c.Comparators[i]);
                    AddOpI(OpCode.SWAP, 2);
                    AddOpI(OpCode.COPY, 2);
                    AddCompare(c.Ops[i]);
                    AddJump(PseudoOp.PopJumpIfFalse, cleanup);
                    NextBlock();
                }
                VisitExpr(c.Comparators[n]);
                AddCompare(c.Ops[n]);
                AddJump(cond ? PseudoOp.PopJumpIfTrue : PseudoOp.PopJumpIfFalse, next);
                NextBlock();
                var end = u.NewBlock();
                AddJumpNoLine(PseudoOp.Jump, end);
                UseNextBlock(cleanup);
                AddOp(OpCode.POP_TOP);
                if (!cond) AddJumpNoLine(PseudoOp.Jump, next);
                UseNextBlock(end);
                return;
            }
        }
        // CPython 3.11 gives the jump after a comparison, and the instructions after it, the comparison's
        // location (dis shows it; an assert's caret line points at its test); other tests keep the statement's.
        if (e is Compare) SetLoc(e);
        VisitExpr(e);
        AddJump(cond ? PseudoOp.PopJumpIfTrue : PseudoOp.PopJumpIfFalse, next);
        NextBlock();
    }

    /// <summary>Models unpack_helper + assignment_helper (UNPACK_SEQUENCE / UNPACK_EX, then each target).</summary>
    private void AssignmentHelper(IReadOnlyList<Expression> elts)
    {
        var n = elts.Count;
        var seenStar = false;
        for (var i = 0; i < n; i++)
        {
            if (elts[i] is not Starred) continue;
            if (seenStar) throw Error("multiple starred expressions in assignment", elts[i].Span);
            if (i >= 1 << 8 || n - i - 1 >= int.MaxValue >> 8) throw Error("too many expressions in star-unpacking assignment", elts[i].Span);
            AddOpI(OpCode.UNPACK_EX, i + ((n - i - 1) << 8));
            seenStar = true;
        }
        if (!seenStar) AddOpI(OpCode.UNPACK_SEQUENCE, n);
        foreach (var elt in elts) VisitExpr(elt is Starred s ? s.Value : elt);
    }

    /// <summary>Models starunpack_helper: lists, tuples, sets (and call arguments) with constants folding and * items.</summary>
    private void StarUnpackHelper(IReadOnlyList<Expression> elts, int pushed, OpCode build, OpCode add, OpCode extend, bool tuple)
    {
        var n = elts.Count;
        if (n > 2 && elts.All(x => x is Constant))
        {
            var items = elts.Select(x => ((Constant)x).Value).ToArray();
            foreach (var item in items) SourceConstant(item);
            if (tuple && pushed == 0)
            {
                LoadConst(ConstantValue.Tuple(items));
            }
            else
            {
                var folded = add == OpCode.SET_ADD ? ConstantFolder.MakeFrozenSet(items) : ConstantValue.Tuple(items);
                AddOpI(build, pushed);
                LoadConst(folded);
                AddOpI(extend, 1);
                if (tuple) AddOp(OpCode.LIST_TO_TUPLE);
            }
            return;
        }
        var big = n + pushed > StackUseGuideline;
        var seenStar = elts.Any(x => x is Starred);
        if (!seenStar && !big)
        {
            foreach (var elt in elts) VisitExpr(elt);
            AddOpI(tuple ? OpCode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        var sequenceBuilt = false;
        if (big)
        {
            AddOpI(build, pushed);
            sequenceBuilt = true;
        }
        for (var i = 0; i < n; i++)
        {
            if (elts[i] is Starred st)
            {
                if (!sequenceBuilt)
                {
                    AddOpI(build, i + pushed);
                    sequenceBuilt = true;
                }
                VisitExpr(st.Value);
                AddOpI(extend, 1);
            }
            else
            {
                VisitExpr(elts[i]);
                if (sequenceBuilt) AddOpI(add, 1);
            }
        }
        if (tuple) AddOp(OpCode.LIST_TO_TUPLE);
    }

    /// <summary>Models compiler_subdict.</summary>
    private void CompileSubDict(DictDisplay e, int begin, int end)
    {
        var n = end - begin;
        var big = n * 2 > StackUseGuideline;
        if (n > 1 && !big && Enumerable.Range(begin, n).All(i => e.Keys[i] is Constant))
        {
            for (var i = begin; i < end; i++) VisitExpr(e.Values[i]);
            for (var i = begin; i < end; i++) SourceConstant(((Constant)e.Keys[i]!).Value);
            LoadConst(ConstantValue.Tuple(Enumerable.Range(begin, n).Select(i => ((Constant)e.Keys[i]!).Value).ToArray()));
            AddOpI(OpCode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) AddOpI(OpCode.BUILD_MAP, 0);
        for (var i = begin; i < end; i++)
        {
            VisitExpr(e.Keys[i]!);
            VisitExpr(e.Values[i]);
            if (big) AddOpI(OpCode.MAP_ADD, 1);
        }
        if (!big) AddOpI(OpCode.BUILD_MAP, n);
    }

    /// <summary>Models compiler_dict: chunks of key/value pairs, merged with DICT_UPDATE around ** entries.</summary>
    private void CompileDict(DictDisplay e)
    {
        var n = e.Values.Count;
        var haveDict = false;
        var elements = 0;
        for (var i = 0; i < n; i++)
        {
            if (e.Keys[i] is null)
            {
                if (elements > 0)
                {
                    CompileSubDict(e, i - elements, i);
                    if (haveDict) AddOpI(OpCode.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict)
                {
                    AddOpI(OpCode.BUILD_MAP, 0);
                    haveDict = true;
                }
                VisitExpr(e.Values[i]);
                AddOpI(OpCode.DICT_UPDATE, 1);
            }
            else if (elements * 2 > StackUseGuideline)
            {
                CompileSubDict(e, i - elements, i + 1);
                if (haveDict) AddOpI(OpCode.DICT_UPDATE, 1);
                haveDict = true;
                elements = 0;
            }
            else
            {
                elements++;
            }
        }
        if (elements > 0)
        {
            CompileSubDict(e, n - elements, n);
            if (haveDict) AddOpI(OpCode.DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) AddOpI(OpCode.BUILD_MAP, 0);
    }

    /// <summary>Models compiler_joined_str.</summary>
    private void CompileJoinedStr(JoinedStr e)
    {
        if (e.Values.Count > StackUseGuideline)
        {
            LoadConst(ConstantValue.Str(""));
            AddOpName(OpCode.LOAD_METHOD, "join");
            AddOpI(OpCode.BUILD_LIST, 0);
            foreach (var v in e.Values)
            {
                VisitExpr(v);
                AddOpI(OpCode.LIST_APPEND, 1);
            }
            AddOpI(OpCode.PRECALL, 1);
            AddOpI(OpCode.CALL, 1);
            return;
        }
        foreach (var v in e.Values) VisitExpr(v);
        if (e.Values.Count != 1) AddOpI(OpCode.BUILD_STRING, e.Values.Count);
    }

    /// <summary>Models compiler_formatted_value: oparg = conversion (0-3) | 4 if a format spec is pushed.</summary>
    private void CompileFormattedValue(FormattedValue e)
    {
        VisitExpr(e.Value);
        var oparg = e.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
        if (e.FormatSpec is not null)
        {
            VisitExpr(e.FormatSpec);
            oparg |= 4;
        }
        AddOpI(OpCode.FORMAT_VALUE, oparg);
    }
}
