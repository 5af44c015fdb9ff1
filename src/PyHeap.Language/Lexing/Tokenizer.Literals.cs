namespace PyHeap.Language.Lexing;

using PyHeap.Language.Syntax;
using PyHeap.Language.Unicode;

public sealed partial class Tokenizer
{
    private static readonly HashSet<string> StringPrefixes = ["r", "u", "b", "br", "rb", "f", "fr", "rf"];

    private void ReadNameOrString()
    {
        int start = pos, startCol = Col(pos);
        while (pos < src.Length && IsIdentifierChar(src[pos])) pos++;
        if (pos < src.Length && src[pos] is '\'' or '"' && pos - start <= 2
            && StringPrefixes.Contains(src.Substring(start, pos - start).ToLowerInvariant()))
        {
            ReadString(start);
            return;
        }
        Add(TokenKind.Name, start, line, startCol, VerifyIdentifier(start));
    }

    /// <summary>Models tokenizer.c: verify_identifier (XID_Start or '_', then XID_Continue; the error names the first
    /// char that fails) and the NFKC normalization _PyPegen_new_identifier gives non-ASCII names. Null for ASCII.</summary>
    private string? VerifyIdentifier(int start)
    {
        bool ascii = true;
        for (int i = start; i < pos; i++) ascii &= src[i] < 128;
        if (ascii) return null;
        for (int i = start; i < pos; i++)
        {
            int cp = char.IsHighSurrogate(src[i]) && i + 1 < pos && char.IsLowSurrogate(src[i + 1]) ? char.ConvertToUtf32(src[i], src[i + 1]) : src[i];
            bool ok = i == start ? cp == '_' || UnicodeDatabase.Is(cp, UcdFlags.XidStart) : UnicodeDatabase.Is(cp, UcdFlags.XidContinue);
            if (!ok)
            {
                throw UnicodeDatabase.Is(cp, UcdFlags.Printable)
                    ? Error($"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})", line, Col(i))
                    : Error($"invalid non-printable character U+{cp:X4}", line, Col(i));
            }
            if (cp > 0xFFFF) i++;
        }
        return UnicodeNormalization.Normalize(src.Substring(start, pos - start), compose: true, compatibility: true);
    }

    /// <summary>Reads a string literal whose prefix starts at <paramref name="start"/> and whose quote is at pos.</summary>
    private void ReadString(int start)
    {
        int startLine = line, startCol = Col(start);
        char quote = src[pos];
        bool triple = At(pos + 1) == quote && At(pos + 2) == quote;
        pos += triple ? 3 : 1;
        while (true)
        {
            if (pos >= src.Length)
            {
                // At EOF after a final newline CPython is still on that newline's line.
                int detected = src.EndsWith('\n') && line > startLine ? line - 1 : line;
                line = startLine;
                throw triple
                    ? Error($"unterminated triple-quoted string literal (detected at line {detected})", startLine, startCol)
                    : Error($"unterminated string literal (detected at line {detected})", startLine, startCol);
            }
            char c = src[pos];
            if (c == '\\')
            {
                pos++;
                if (At(pos) == '\n')
                {
                    pos++;
                    NewLineAt(pos);
                }
                else if (pos < src.Length)
                {
                    pos++;
                }
                continue;
            }
            if (c == '\n')
            {
                if (!triple)
                {
                    int detected = line;
                    line = startLine;
                    throw Error($"unterminated string literal (detected at line {detected})", startLine, startCol);
                }
                pos++;
                NewLineAt(pos);
                continue;
            }
            pos++;
            if (c == quote && (!triple || (At(pos) == quote && At(pos + 1) == quote)))
            {
                if (triple) pos += 2;
                break;
            }
        }
        Add(TokenKind.String, start, startLine, startCol);
    }

    private void ReadNumber()
    {
        int start = pos, startCol = Col(pos);
        char c = src[pos];
        if (c == '0' && At(pos + 1) is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            char k = char.ToLowerInvariant(src[pos + 1]);
            pos += 2;
            string kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
            Func<char, bool> isDigit = k == 'x' ? char.IsAsciiHexDigit : k == 'o' ? ch => ch is >= '0' and <= '7' : ch => ch is '0' or '1';
            do
            {
                if (At(pos) == '_') pos++;
                if (!isDigit(At(pos)))
                {
                    if (char.IsAsciiDigit(At(pos)))
                    {
                        throw Error($"invalid digit '{At(pos)}' in {kind} literal", line, Col(pos));
                    }
                    throw Error($"invalid {kind} literal", line, Col(pos) - 1);
                }
                while (isDigit(At(pos))) pos++;
            }
            while (At(pos) == '_');
            if (char.IsAsciiDigit(At(pos))) throw Error($"invalid digit '{At(pos)}' in {kind} literal", line, Col(pos));
            VerifyEndOfNumber(kind);
            Add(TokenKind.Number, start, line, startCol);
            return;
        }
        bool isFloat = false;
        if (c != '.') ReadDecimalTail();
        if (At(pos) == '.')
        {
            isFloat = true;
            pos++;
            if (char.IsAsciiDigit(At(pos))) ReadDecimalTail();
        }
        if (At(pos) is 'e' or 'E')
        {
            int save = pos;
            pos++;
            if (At(pos) is '+' or '-')
            {
                pos++;
                if (!char.IsAsciiDigit(At(pos))) throw Error("invalid decimal literal", line, Col(pos) - 1);
            }
            if (char.IsAsciiDigit(At(pos)))
            {
                isFloat = true;
                ReadDecimalTail();
            }
            else
            {
                pos = save;
            }
        }
        if (At(pos) is 'j' or 'J')
        {
            throw Error("complex numbers are not supported by PyHeap", line, startCol, endCol: Col(pos + 1));
        }
        if (!isFloat && src[start] == '0')
        {
            // "0_0" and "000" are fine; other leading zeros are not.
            bool nonZero = false;
            for (int i = start; i < pos; i++) nonZero |= src[i] is >= '1' and <= '9';
            if (nonZero)
            {
                throw Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line, startCol, endCol: Col(pos) + 1);
            }
        }
        VerifyEndOfNumber("decimal");
        Add(TokenKind.Number, start, line, startCol);
    }

    private void ReadDecimalTail()
    {
        while (true)
        {
            while (char.IsAsciiDigit(At(pos))) pos++;
            if (At(pos) != '_') return;
            pos++;
            if (!char.IsAsciiDigit(At(pos))) throw Error("invalid decimal literal", line, Col(pos) - 1);
        }
    }

    /// <summary>CPython rejects "1abc" but (with a warning) accepts "1if x else y".</summary>
    private void VerifyEndOfNumber(string kind)
    {
        char c = At(pos);
        // A non-ASCII char after a number starts a name of its own (3.11.7 reports it as an invalid character).
        if (c >= 128 || !IsIdentifierChar(c)) return;
        foreach (var kw in new[] { "and", "else", "for", "if", "in", "is", "or", "not" })
        {
            if (string.CompareOrdinal(src, pos, kw, 0, kw.Length) == 0) return;
        }
        throw Error($"invalid {kind} literal", line, Col(pos) - 1 < 0 ? 0 : Col(pos) - 1);
    }
}
