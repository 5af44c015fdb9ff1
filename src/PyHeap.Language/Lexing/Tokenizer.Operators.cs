namespace PyHeap.Language.Lexing;

public sealed partial class Tokenizer
{
    private static readonly HashSet<string> ThreeCharOps = ["**=", "//=", ">>=", "<<=", "..."];
    private static readonly HashSet<string> TwoCharOps =
        ["!=", "==", "<=", ">=", "**", "//", "<<", ">>", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="];

    private const string OneCharOps = "()[]{}:,;+-*/|&<>=.%~^@!$?`";

    private void ReadOperator()
    {
        int start = pos, startCol = Col(pos);
        if (pos + 3 <= src.Length && ThreeCharOps.Contains(src.Substring(pos, 3)))
        {
            pos += 3;
        }
        else if (pos + 2 <= src.Length && TwoCharOps.Contains(src.Substring(pos, 2)))
        {
            pos += 2;
        }
        else
        {
            char c = src[pos];
            if (!OneCharOps.Contains(c))
            {
                throw char.IsControl(c) || char.IsWhiteSpace(c)
                    ? Error($"invalid non-printable character U+{(int)c:X4}", line, startCol)
                    : Error($"invalid character '{c}' (U+{(int)c:X4})", line, startCol);
            }
            pos++;
            if (c is '(' or '[' or '{')
            {
                brackets.Add((c, line, startCol));
            }
            else if (c is ')' or ']' or '}')
            {
                CloseBracket(c, startCol);
            }
        }
        Add(TokenKind.Op, start, line, startCol);
    }

    private void CloseBracket(char c, int col)
    {
        if (brackets.Count == 0)
        {
            if (insideBrackets) return;
            throw Error($"unmatched '{c}'", line, col);
        }
        var (open, openLine, _) = brackets[^1];
        char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (c != expected)
        {
            throw openLine != line
                ? Error($"closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {openLine}", line, col)
                : Error($"closing parenthesis '{c}' does not match opening parenthesis '{open}'", line, col);
        }
        brackets.RemoveAt(brackets.Count - 1);
    }
}
