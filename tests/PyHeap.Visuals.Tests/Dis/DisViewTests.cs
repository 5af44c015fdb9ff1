using PyHeap.Language.Compiling;
using PyHeap.Runtime.Objects;
using PyHeap.Visuals.Dis;

namespace PyHeap.Visuals.Tests.Dis;

public sealed class DisViewTests
{
    private static DisListing Listing(string source, string name)
    {
        var interp = Heaps.Run(source);
        using (interp.Enter())
            return DisListing.Build(((PyFunction)Heaps.Global(interp, name)).Code, interp.GetSourceLine);
    }

    [Fact]
    public void Dis_of_add_one_lists_the_instructions_with_their_reference_notes()
    {
        var listing = Listing("def f(x): return x + 1", "f");
        Assert.Equal(
            "  1           0 RESUME                   0\n" +
            "              2 LOAD_FAST                0 (x)\n" +
            "              4 LOAD_CONST               1 (1)\n" +
            "              6 BINARY_OP                0 (+)\n" +
            "             10 RETURN_VALUE\n", listing.DisText());
        var notes = listing.Instructions.ToDictionary(i => i.OpName, i => i.Note);
        Assert.Equal("+1", notes["LOAD_FAST"].Effect);
        Assert.Equal("+1 pushes a new reference to local x", notes["LOAD_FAST"].Text);
        Assert.Contains("the constant 1", notes["LOAD_CONST"].Text);
        Assert.Equal("−2 +1", notes["BINARY_OP"].Effect);
        Assert.Contains("−2 the operands, +1 the result of +", notes["BINARY_OP"].Text);
        Assert.Contains("the stack's reference moves to the caller", notes["RETURN_VALUE"].Text);
        Assert.Equal("1", listing.SourceLines.Keys.Single().ToString());
        Assert.Equal("def f(x): return x + 1", listing.SourceLines[1]);
    }

    [Fact]
    public void Dis_offsets_count_cpython_inline_caches_so_jumps_read_as_in_cpython()
    {
        // Expected: CPython 3.11.7's dis.dis of the same function (first line moved from 5 to 1).
        var listing = Listing("def g(items):\n    total = 0\n    for i in items:\n        if i > 2:\n            total += len(items)\n    return total", "g");
        Assert.Equal(
            "  1           0 RESUME                   0\n\n" +
            "  2           2 LOAD_CONST               1 (0)\n" +
            "              4 STORE_FAST               1 (total)\n\n" +
            "  3           6 LOAD_FAST                0 (items)\n" +
            "              8 GET_ITER\n" +
            "        >>   10 FOR_ITER                26 (to 64)\n" +
            "             12 STORE_FAST               2 (i)\n\n" +
            "  4          14 LOAD_FAST                2 (i)\n" +
            "             16 LOAD_CONST               2 (2)\n" +
            "             18 COMPARE_OP               4 (>)\n" +
            "             24 POP_JUMP_FORWARD_IF_FALSE    18 (to 62)\n\n" +
            "  5          26 LOAD_FAST                1 (total)\n" +
            "             28 LOAD_GLOBAL              1 (NULL + len)\n" +
            "             40 LOAD_FAST                0 (items)\n" +
            "             42 PRECALL                  1\n" +
            "             46 CALL                     1\n" +
            "             56 BINARY_OP               13 (+=)\n" +
            "             60 STORE_FAST               1 (total)\n" +
            "        >>   62 JUMP_BACKWARD           27 (to 10)\n\n" +
            "  6     >>   64 LOAD_FAST                1 (total)\n" +
            "             66 RETURN_VALUE\n", listing.DisText());
        var call = Assert.Single(listing.Instructions, i => i.OpName == "CALL");
        Assert.Equal("−3 +1", call.Note.Effect);
        Assert.Contains("NULL is pushed below it", Assert.Single(listing.Instructions, i => i.OpName == "LOAD_GLOBAL").Note.Text);
    }

    [Fact]
    public void Dis_lists_nested_code_objects_as_dis_does()
    {
        var listing = Listing("def outer(a):\n    def inner(b):\n        return a + b\n    return inner", "outer");
        var text = listing.DisText();
        Assert.StartsWith("              0 MAKE_CELL                0 (a)\n\n  1           2 RESUME                   0\n", text);
        Assert.Matches(@"\n\nDisassembly of <code object inner at 0x[0-9a-f]+, file ""test.py"", line 2>:\n              0 COPY_FREE_VARS           1\n", text);
        Assert.Contains("             10 MAKE_FUNCTION            8 (closure)\n", text);
        Assert.Contains("+1 a new reference to the object in the cell of a", Assert.Single(listing.Nested).Instructions.Single(i => i.OpName == "LOAD_DEREF").Note.Text);
    }

    [Fact]
    public void Every_opcode_has_a_reference_note()
    {
        foreach (var op in Enum.GetValues<OpCode>())
            Assert.True(ReferenceNotes.Table.ContainsKey(op), $"{op} has no note");
        Assert.Equal(ReferenceNotes.Unknown, ReferenceNotes.For((OpCode)250, 0, "", null).Text);
    }

    [Fact]
    public void Dis_bundle_has_a_picture_a_table_and_the_text_listing()
    {
        var bundle = DisView.Render(Listing("def f(x):\n    y = [x]\n    return y", "f"), "dis f");
        Assert.StartsWith("<svg", bundle.Svg);
        Assert.Contains("STORE_FAST", bundle.Svg);
        Assert.Contains("<table", bundle.Html);
        Assert.Contains("# line 2: y = [x]", bundle.Plain);
        Assert.Contains("the 1 items' references move into a new list", bundle.Plain);
    }
}
