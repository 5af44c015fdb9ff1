using PyHeap.Language.Parsing;
using PyHeap.Language.Syntax;

namespace PyHeap.Runtime.Vm;

/// <summary>
/// The secondary caret ranges of a 3.11 traceback line (Python/traceback.c: extract_anchors_from_line): the
/// failing source segment is re-parsed; for a binary operation the operator gets '^' and its operands '~',
/// for a subscript the brackets part gets '^' and the value '~'. Offsets are characters within the line.
/// </summary>
public readonly record struct CaretAnchors(int LeftEnd, int RightStart, char Primary, char Secondary)
{
    public static CaretAnchors? Extract(string fileName, string line, int startOffset, int endOffset)
    {
        if (startOffset < 0 || endOffset > line.Length || startOffset >= endOffset) return null;
        var segment = line[startOffset..endOffset];
        ModuleNode module;
        try
        {
            module = Parser.ParseModule(segment, fileName);
        }
        catch (Exception)
        {
            return null; // ignore_source_errors: no anchors
        }
        if (module.Body.Count != 1 || module.Body[0] is not ExprStatement { Value: var expr }) return null;
        var anchors = FromExpression(segment, expr);
        return anchors is { } a ? a with { LeftEnd = a.LeftEnd + startOffset, RightStart = a.RightStart + startOffset } : null;
    }

    /// <summary>extract_anchors_from_expr (3.11).</summary>
    private static CaretAnchors? FromExpression(string segment, Expression expr)
    {
        switch (expr)
        {
            case BinOp bin:
            {
                int left = -1, right = -1;
                var primary = '^';
                var secondary = '^';
                var rightCol = bin.Right.Span.Column;
                for (var i = bin.Left.Span.EndColumn; i < rightCol && i < segment.Length; i++)
                {
                    if (IsWhitespace(segment[i])) continue;
                    left = i;
                    right = i + 1;
                    // A two-character operator (e.g. //).
                    if (i + 1 < rightCol && !IsWhitespace(segment[i + 1])) right++;
                    // Keep going past a closing parenthesis of the left operand.
                    if (i + 1 < rightCol && segment[i] == ')') continue;
                    primary = '~';
                    secondary = '^';
                    break;
                }
                if (left < 0) return null;
                return new CaretAnchors(left, right, primary, secondary);
            }
            case Subscript sub:
            {
                var left = sub.Value.Span.EndColumn;
                var right = sub.Slice.Span.EndColumn + 1;
                var len = segment.Length;
                while (left < len && (IsWhitespace(segment[left]) || segment[left] != '[')) left++;
                while (right < len && (IsWhitespace(segment[right]) || segment[right] != ']')) right++;
                if (right < len) right++;
                return new CaretAnchors(left, right, '~', '^');
            }
            default:
                return null;
        }
    }

    /// <summary>IS_WHITESPACE in traceback.c.</summary>
    internal static bool IsWhitespace(char c) => c is ' ' or '\t' or '\f';
}
