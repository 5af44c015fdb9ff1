namespace PyHeap.Language.Lexing;

using PyHeap.Language.Syntax;

public sealed partial class Tokenizer
{
    /// <summary>Measures a line's indentation and emits INDENT/DEDENT; returns true for a blank or comment-only
    /// line, which CPython skips entirely.</summary>
    private bool ReadIndentation()
    {
        int col = 0, alt = 0, p = pos;
        while (p < src.Length)
        {
            char c = src[p];
            if (c == ' ')
            {
                col++;
                alt++;
            }
            else if (c == '\t')
            {
                col = (col / TabSize + 1) * TabSize;
                alt++;
            }
            else if (c == '\f')
            {
                col = alt = 0;
            }
            else
            {
                break;
            }
            p++;
        }
        pos = p;
        if (p >= src.Length) return false;
        if (src[p] == '#' || src[p] == '\n')
        {
            while (pos < src.Length && src[pos] != '\n') pos++;
            if (pos >= src.Length) return false;
            pos++;
            NewLineAt(pos);
            return true;
        }
        if (brackets.Count > 0) return false;
        int indentChars = p - lineStart;
        if (col > indents[^1])
        {
            if (alt <= altIndents[^1]) throw TabError();
            indents.Add(col);
            altIndents.Add(alt);
            tokens.Add(new Token(TokenKind.Indent, src.Substring(lineStart, indentChars), new SourceSpan(line, 0, line, indentChars)));
        }
        else if (col < indents[^1])
        {
            while (indents.Count > 1 && col < indents[^1])
            {
                indents.RemoveAt(indents.Count - 1);
                altIndents.RemoveAt(altIndents.Count - 1);
                tokens.Add(new Token(TokenKind.Dedent, "", new SourceSpan(line, indentChars, line, indentChars)));
            }
            if (col != indents[^1])
            {
                atEof = true;
                throw Error("unindent does not match any outer indentation level", line, SourceLine(line)?.Length ?? 0, "IndentationError");
            }
            if (alt != altIndents[^1]) throw TabError();
        }
        else if (alt != altIndents[^1])
        {
            throw TabError();
        }
        return false;
    }

    private PySyntaxError TabError()
    {
        atEof = true;
        return Error("inconsistent use of tabs and spaces in indentation", line, SourceLine(line)?.Length ?? 0, "TabError");
    }
}
