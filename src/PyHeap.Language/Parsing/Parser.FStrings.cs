namespace PyHeap.Language.Parsing;

using System.Text;
using PyHeap.Language.Lexing;
using PyHeap.Language.Syntax;

public sealed partial class Parser
{
    /// <summary>Parses f-string text from <paramref name="i"/> (an offset in the token text) into
    /// <paramref name="builder"/>. At top level it runs to the closing quote; inside a format spec
    /// (<paramref name="nested"/>) it stops at the '}' that closes the field and returns its offset.</summary>
    private int ParseFStringBody(Token tok, StringLiteral.Parts sp, int i, FStringBuilder builder, bool nested)
    {
        string s = tok.Text;
        int end = sp.BodyStart + sp.BodyLength;
        // CPython decodes each literal piece on its own (fstring_find_literal), so escape errors count from its start.
        int chunkStart = i;
        while (i < end)
        {
            char c = s[i];
            if (c == '\\' && !sp.Raw)
            {
                if (i + 1 < end && s[i + 1] is '{' or '}')
                {
                    builder.Literal.Append('\\');
                    i++;
                    continue;
                }
                var body = s.Substring(0, end);
                i = StringLiteral.DecodeEscape(body, i, false, builder.Literal, out var error, chunkStart);
                if (error != null) throw ErrorAt(Peek().Span, error);
                continue;
            }
            if (c == '{')
            {
                if (!nested && i + 1 < end && s[i + 1] == '{')
                {
                    builder.Literal.Append('{');
                    i += 2;
                    chunkStart = i;
                    continue;
                }
                i = ParseFStringField(tok, sp, i + 1, builder, nested);
                chunkStart = i;
                continue;
            }
            if (c == '}')
            {
                if (nested) return i;
                if (i + 1 < end && s[i + 1] == '}')
                {
                    builder.Literal.Append('}');
                    i += 2;
                    chunkStart = i;
                    continue;
                }
                throw ErrorAt(Peek().Span, "f-string: single '}' is not allowed");
            }
            builder.Literal.Append(c);
            i++;
        }
        if (nested) throw ErrorAt(Peek().Span, "f-string: expecting '}'");
        return i;
    }

    /// <summary>One replacement field, from just after its '{'; returns the offset after its '}'.</summary>
    private int ParseFStringField(Token tok, StringLiteral.Parts sp, int i, FStringBuilder builder, bool nested)
    {
        string s = tok.Text;
        int end = sp.BodyStart + sp.BodyLength;
        int exprStart = i;
        int depth = 0;
        char quote = '\0';
        for (; i < end; i++)
        {
            char c = s[i];
            if (c == '\\') throw ErrorAt(Peek().Span, "f-string expression part cannot include a backslash");
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                continue;
            }
            if (c is '\'' or '"')
            {
                quote = c;
                continue;
            }
            if (c is '(' or '[' or '{')
            {
                depth++;
                continue;
            }
            if (c is ')' or ']' or '}')
            {
                if (depth == 0) break;
                depth--;
                continue;
            }
            if (c == '#') throw ErrorAt(Peek().Span, "f-string expression part cannot include '#'");
            if (depth > 0) continue;
            char next = i + 1 < end ? s[i + 1] : '\0';
            if (c == '!' && next != '=') break;
            if (c == ':') break;
            if (c is '=' or '!' or '<' or '>' && next == '=')
            {
                i++;
                continue;
            }
            if (c == '=') break;
        }
        if (quote != '\0') throw ErrorAt(Peek().Span, "f-string: unterminated string");
        if (i >= end) throw ErrorAt(Peek().Span, "f-string: expecting '}'");
        string exprText = s.Substring(exprStart, i - exprStart);
        if (string.IsNullOrWhiteSpace(exprText)) throw ErrorAt(Peek().Span, "f-string: empty expression not allowed");
        var value = ParseFStringExpression(tok, exprStart, exprText);
        int conversion = -1;
        Expression? spec = null;
        bool selfDocumenting = false;
        if (s[i] == '=')
        {
            i++;
            while (i < end && char.IsWhiteSpace(s[i])) i++;
            builder.Literal.Append(s, exprStart, i - exprStart);
            selfDocumenting = true;
        }
        if (i < end && s[i] == '!')
        {
            i++;
            if (i >= end || s[i] is not ('s' or 'r' or 'a') || i + 1 >= end || s[i + 1] is not (':' or '}'))
            {
                if (i < end && s[i] is 's' or 'r' or 'a') throw ErrorAt(Peek().Span, "f-string: expecting '}'");
                throw ErrorAt(Peek().Span, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = s[i];
            i++;
        }
        if (i < end && s[i] == ':')
        {
            // CPython 3.11 gives a format spec the span of its own string token, not of the concatenation.
            var specBuilder = new FStringBuilder(tok.Span);
            i = ParseFStringBody(tok, sp, i + 1, specBuilder, nested: true);
            spec = new JoinedStr(specBuilder.Finish(), tok.Span);
        }
        if (i >= end || s[i] != '}') throw ErrorAt(Peek().Span, "f-string: expecting '}'");
        if (selfDocumenting && conversion == -1 && spec == null) conversion = 'r';
        builder.AddField(new FormattedValue(value, conversion, spec, builder.Span));
        return i + 1;
    }

    /// <summary>Parses a replacement field's expression, placed at its real position in the file.</summary>
    private Expression ParseFStringExpression(Token tok, int offset, string exprText)
    {
        int line = tok.Span.Line, col = tok.Span.Column;
        for (int k = 0; k < offset; k++)
        {
            if (tok.Text[k] == '\n')
            {
                line++;
                col = 0;
            }
            else
            {
                col++;
            }
        }
        var tokenizer = new Tokenizer(exprText, fileName, line, col, insideBrackets: true, lines);
        var parser = new Parser(tokenizer.Tokenize(), fileName, lines, inFString: true);
        var e = parser.AtKeyword("yield") ? parser.ParseYieldExpression() : parser.ParseStarExpressions();
        if (parser.Peek().Kind != TokenKind.EndMarker) throw parser.InvalidSyntax();
        return e;
    }
}
