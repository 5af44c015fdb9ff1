namespace PyHeap.Language.Tests.Lexing;

using PyHeap.Language.Lexing;
using PyHeap.Language.Syntax;
using Assert = Xunit.Assert;

public class LexingTests
{
    private static List<Token> Lex(string source) => new Tokenizer(source).Tokenize();

    private static string Kinds(string source) =>
        string.Join(" ", Lex(source).Select(t => t.Kind switch
        {
            TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.Op => t.Text,
            _ => t.Kind.ToString().ToUpperInvariant(),
        }));

    private static PySyntaxError LexError(string source)
    {
        var last = Lex(source)[^1];
        Assert.Equal(TokenKind.Error, last.Kind);
        return last.Error!;
    }

    [Fact]
    public void Simple_statement_ends_with_newline_and_endmarker() =>
        Assert.Equal("x = 1 NEWLINE ENDMARKER", Kinds("x = 1"));

    [Fact]
    public void Indented_block_produces_indent_and_dedent() =>
        Assert.Equal("if x : NEWLINE INDENT y NEWLINE DEDENT z NEWLINE ENDMARKER", Kinds("if x:\n    y\nz\n"));

    [Fact]
    public void Dedents_are_emitted_at_end_of_file() =>
        Assert.Equal("if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT ENDMARKER", Kinds("if a:\n if b:\n  c"));

    [Fact]
    public void Brackets_suppress_newlines_and_indentation() =>
        Assert.Equal("x = ( 1 , 2 ) NEWLINE ENDMARKER", Kinds("x = (1,\n        2)\n"));

    [Fact]
    public void Backslash_joins_lines() =>
        Assert.Equal("x = 1 + 2 NEWLINE ENDMARKER", Kinds("x = 1 + \\\n  2\n"));

    [Fact]
    public void Comments_and_blank_lines_produce_no_tokens() =>
        Assert.Equal("a NEWLINE b NEWLINE ENDMARKER", Kinds("# c\na  # c\n\n   \n    # indented comment\nb\n"));

    [Fact]
    public void Tab_indented_lines_form_one_block() =>
        Assert.Equal("if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT ENDMARKER", Kinds("if a:\n\tb\n\tc\n"));

    [Fact]
    public void Tab_advances_to_the_next_multiple_of_eight() =>
        Assert.Equal("if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT ENDMARKER", Kinds("if a:\n  \tif b:\n  \t    c\n"));

    [Fact]
    public void Inconsistent_tabs_and_spaces_are_a_tab_error() =>
        Assert.Equal("TabError", LexError("if a:\n\tb\n        c\n").Kind);

    [Fact]
    public void Token_spans_use_one_based_lines_and_zero_based_columns()
    {
        var t = Lex("x = 'ab'\n")[2];
        Assert.Equal(TokenKind.String, t.Kind);
        Assert.Equal(new SourceSpan(1, 4, 1, 8), t.Span);
    }

    [Fact]
    public void Triple_quoted_string_spans_lines()
    {
        var t = Lex("s = '''a\nb'''\n")[2];
        Assert.Equal("'''a\nb'''", t.Text);
        Assert.Equal(new SourceSpan(1, 4, 2, 4), t.Span);
    }

    [Theory]
    [InlineData("r'x'")]
    [InlineData("B'x'")]
    [InlineData("Rb'x'")]
    [InlineData("bR'x'")]
    [InlineData("f'x'")]
    [InlineData("rF'x'")]
    [InlineData("Fr'x'")]
    [InlineData("U'x'")]
    public void String_prefixes_in_any_case_stay_part_of_the_string_token(string source)
    {
        var tokens = Lex(source);
        Assert.Equal(TokenKind.String, tokens[0].Kind);
        Assert.Equal(source, tokens[0].Text);
    }

    [Theory]
    [InlineData("1_000")]
    [InlineData("0x_FF")]
    [InlineData("0o17")]
    [InlineData("0b1_0")]
    [InlineData("1.5e-3")]
    [InlineData(".5")]
    [InlineData("1.")]
    public void Numbers_are_single_tokens(string source) => Assert.Equal(source + " NEWLINE ENDMARKER", Kinds(source));

    [Fact]
    public void Imaginary_literals_are_rejected()
    {
        var e = LexError("x = 3j\n");
        Assert.Equal("complex numbers are not supported by PyHeap", e.Message);
        Assert.Equal(4, e.Column);
    }

    [Fact]
    public void Unclosed_bracket_reports_its_position()
    {
        var e = LexError("x = [1,\n");
        Assert.Equal("'[' was never closed", e.Message);
        Assert.Equal((1, 4), (e.Line, e.Column));
    }

    [Fact]
    public void Mismatched_bracket_names_both_brackets() =>
        Assert.Equal("closing parenthesis ')' does not match opening parenthesis '['", LexError("[1)").Message);

    [Fact]
    public void Unindent_to_an_unknown_level_is_an_indentation_error()
    {
        var e = LexError("if x:\n    a\n  b\n");
        Assert.Equal(("IndentationError", "unindent does not match any outer indentation level"), (e.Kind, e.Message));
    }

    [Fact]
    public void Unterminated_string_reports_the_detection_line() =>
        Assert.Equal("unterminated string literal (detected at line 2)", LexError("x = 1\ny = 'abc\n").Message);

    [Fact]
    public void Number_followed_by_a_name_is_an_invalid_decimal_literal() =>
        Assert.Equal("invalid decimal literal", LexError("1abc").Message);

    [Fact]
    public void Number_followed_by_a_keyword_is_allowed() =>
        Assert.Equal("1 if x else y NEWLINE ENDMARKER", Kinds("1if x else y"));

    [Fact]
    public void Operators_use_longest_match() =>
        Assert.Equal("a **= b // c -> d := e ... NEWLINE ENDMARKER", Kinds("a **= b // c -> d := e ..."));

    [Fact]
    public void Carriage_returns_are_normalised() =>
        Assert.Equal("a NEWLINE b NEWLINE ENDMARKER", Kinds("a\r\nb\r"));
}
