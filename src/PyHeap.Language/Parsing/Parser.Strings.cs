namespace PyHeap.Language.Parsing;

using System.Text;
using PyHeap.Language.Lexing;
using PyHeap.Language.Syntax;

public sealed partial class Parser
{
    /// <summary>Adjacent STRING tokens: one Constant, or one JoinedStr when any of them is an f-string.</summary>
    private Expression ParseStrings()
    {
        var start = Peek().Span;
        var parts = new List<Token>();
        while (Peek().Kind == TokenKind.String) parts.Add(Next());
        var span = From(start);
        bool anyBytes = false, allBytes = true, anyFormat = false;
        foreach (var t in parts)
        {
            var sp = StringLiteral.Split(t.Text);
            anyBytes |= sp.Bytes;
            allBytes &= sp.Bytes;
            anyFormat |= sp.Format;
        }
        if (anyBytes && !allBytes) throw ErrorAt(Peek().Span, "cannot mix bytes and nonbytes literals");
        if (allBytes)
        {
            var bytes = new List<byte>();
            foreach (var t in parts)
            {
                var text = DecodePlain(t, true);
                foreach (char c in text) bytes.Add((byte)c);
            }
            return new Constant(ConstantValue.Bytes(bytes.ToArray()), span);
        }
        if (!anyFormat)
        {
            if (parts.Count == 1) return new Constant(ConstantValue.Str(DecodePlain(parts[0], false)), span);
            var sb = new StringBuilder();
            foreach (var t in parts) sb.Append(DecodePlain(t, false));
            return new Constant(ConstantValue.Str(sb.ToString()), span);
        }
        var builder = new FStringBuilder(span);
        foreach (var t in parts)
        {
            var sp = StringLiteral.Split(t.Text);
            if (sp.Format)
            {
                ParseFStringBody(t, sp, sp.BodyStart, builder, nested: false);
            }
            else
            {
                builder.Literal.Append(DecodePlain(t, false));
            }
        }
        return new JoinedStr(builder.Finish(), span);
    }

    private string DecodePlain(Token t, bool bytes)
    {
        var sp = StringLiteral.Split(t.Text);
        var body = t.Text.AsSpan(sp.BodyStart, sp.BodyLength);
        if (bytes)
        {
            foreach (char c in body)
            {
                if (c >= 128) throw ErrorAt(t.Span, "bytes can only contain ASCII literal characters");
            }
        }
        if (sp.Raw || body.IndexOf('\\') < 0) return body.ToString();
        var text = body.ToString();
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length;)
        {
            if (text[i] == '\\')
            {
                i = StringLiteral.DecodeEscape(text, i, bytes, sb, out var error);
                // CPython reports decode errors at the token after the strings (the parser's last token).
                if (error != null) throw ErrorAt(Peek().Span, error);
            }
            else
            {
                sb.Append(text[i++]);
            }
        }
        return sb.ToString();
    }
}
