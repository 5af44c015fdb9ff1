namespace PyHeap.Language.Tests.Parsing;

using System.Text;
using PyHeap.Language.Parsing;
using PyHeap.Language.Syntax;
using Assert = Xunit.Assert;

public class ParsingCorpusTests
{
    [Fact]
    public void Every_snippet_dumps_exactly_like_cpython_ast_dump() =>
        CompareDumps("snippets.py-list", "expected-dumps.txt", includeAttributes: false);

    [Fact]
    public void Node_positions_match_cpython_ast_attributes() =>
        CompareDumps("positions.py-list", "expected-positions.txt", includeAttributes: true);

    [Fact]
    public void Syntax_errors_match_cpython_type_message_line_and_offset()
    {
        var snippets = Corpus.Snippets("errors.py-list");
        var expected = Corpus.Expected("expected-errors.txt");
        Assert.Equal(snippets.Count, expected.Count);
        var failures = new StringBuilder();
        for (int i = 0; i < snippets.Count; i++)
        {
            string actual;
            try
            {
                Parser.ParseModule(snippets[i]);
                actual = "(no error)";
            }
            catch (PySyntaxError e)
            {
                actual = $"{e.Kind}|{e.Line}|{e.Column + 1}|{e.Message}";
            }
            var want = expected[i];
            // CPython 3.11 places errors inside f-string replacement fields oddly; only the text is compared there.
            if (want.Split('|', 4)[3].StartsWith("f-string: invalid syntax", StringComparison.Ordinal))
            {
                want = want.Split('|', 4)[0] + "|" + want.Split('|', 4)[3];
                actual = actual.Split('|', 4) is { Length: 4 } a ? a[0] + "|" + a[3] : actual;
            }
            if (actual != want) failures.Append($"#{i} {Escape(snippets[i])}\n  expected {want}\n  actual   {actual}\n");
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static void CompareDumps(string snippetsFile, string expectedFile, bool includeAttributes)
    {
        var snippets = Corpus.Snippets(snippetsFile);
        var expected = Corpus.Expected(expectedFile);
        Assert.Equal(snippets.Count, expected.Count);
        var failures = new StringBuilder();
        for (int i = 0; i < snippets.Count; i++)
        {
            string actual;
            try
            {
                actual = AstDumper.Dump(Parser.ParseModule(snippets[i]), includeAttributes);
            }
            catch (Exception e)
            {
                actual = $"{e.GetType().Name}: {e.Message}";
            }
            if (actual != expected[i]) failures.Append($"#{i} {Escape(snippets[i])}\n  expected {expected[i]}\n  actual   {actual}\n");
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static string Escape(string s) => s.Replace("\n", "\\n").Replace("\t", "\\t");
}
