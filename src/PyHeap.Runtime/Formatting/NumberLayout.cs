using System.Text;

namespace PyHeap.Runtime.Formatting;

/// <summary>Padding, sign, prefix and digit grouping of a formatted number. Models formatter_unicode.c: calc_number_widths + fill_number.</summary>
internal static class NumberLayout
{
    /// <param name="sign">'-', '+', ' ' or '\0' for none.</param>
    /// <param name="digits">The integer digits that take part in grouping and zero padding.</param>
    /// <param name="remainder">Everything after the integer digits: decimal point, fraction, exponent, '%', or a 'c' character.</param>
    /// <param name="groupSize">0 for no grouping.</param>
    public static string Layout(char sign, string prefix, ReadOnlySpan<char> digits, ReadOnlySpan<char> remainder, FormatSpec spec, char align, int groupSize, char separator)
    {
        int nNonDigit = (sign != '\0' ? 1 : 0) + prefix.Length + CodePoints.Count(remainder);
        int minWidth = spec.Fill == "0" && align == '=' ? spec.Width - nNonDigit : 0;
        string grouped = digits.Length == 0 ? string.Empty : InsertGrouping(digits, minWidth, groupSize, separator);
        int padding = spec.Width - (nNonDigit + grouped.Length);
        int left = 0, right = 0, inner = 0;
        if (padding > 0)
        {
            switch (align)
            {
                case '<': right = padding; break;
                case '^': left = padding / 2; right = padding - left; break;
                case '=': inner = padding; break;
                default: left = padding; break;
            }
        }

        var sb = new StringBuilder(grouped.Length + remainder.Length + prefix.Length + Math.Max(padding, 0) * spec.Fill.Length + 1);
        AppendFill(sb, spec.Fill, left);
        if (sign != '\0')
        {
            sb.Append(sign);
        }

        sb.Append(prefix);
        AppendFill(sb, spec.Fill, inner);
        sb.Append(grouped);
        sb.Append(remainder);
        AppendFill(sb, spec.Fill, right);
        return sb.ToString();
    }

    public static void AppendFill(StringBuilder sb, string fill, int count)
    {
        if (fill.Length == 1)
        {
            sb.Append(fill[0], Math.Max(count, 0));
            return;
        }

        for (int i = 0; i < count; i++)
        {
            sb.Append(fill);
        }
    }

    /// <summary>
    /// Models Objects/unicodeobject.c: _PyUnicode_InsertThousandsGrouping: groups from the right and, when
    /// zero-padding, pads with zeros (and separators) up to <paramref name="minWidth"/>.
    /// </summary>
    public static string InsertGrouping(ReadOnlySpan<char> digits, int minWidth, int groupSize, char separator)
    {
        var pieces = new List<(int Chars, int Zeros, bool Sep)>();
        int remaining = digits.Length;
        bool useSeparator = false;
        bool broken = false;
        int count = 0;
        if (groupSize > 0)
        {
            while (true)
            {
                int l = Math.Min(groupSize, Math.Max(Math.Max(remaining, minWidth), 1));
                int zeros = Math.Max(0, l - remaining);
                int chars = Math.Max(0, Math.Min(remaining, l));
                pieces.Add((chars, zeros, useSeparator));
                count += (useSeparator ? 1 : 0) + zeros + chars;
                useSeparator = true;
                remaining -= chars;
                minWidth -= l;
                if (remaining <= 0 && minWidth <= 0)
                {
                    broken = true;
                    break;
                }

                minWidth -= 1;
            }
        }

        if (!broken)
        {
            int l = Math.Max(Math.Max(remaining, minWidth), 1);
            int zeros = Math.Max(0, l - remaining);
            int chars = Math.Max(0, Math.Min(remaining, l));
            pieces.Add((chars, zeros, useSeparator));
            count += (useSeparator ? 1 : 0) + zeros + chars;
        }

        // Pieces were generated right to left; emit them left to right.
        return string.Create(count, (pieces, digits.ToString(), separator), static (span, st) =>
        {
            int pos = span.Length;
            int digitEnd = st.Item2.Length;
            foreach ((int chars, int zeros, bool sep) in st.pieces)
            {
                if (sep)
                {
                    span[--pos] = st.separator;
                }

                for (int i = 0; i < chars; i++)
                {
                    span[--pos] = st.Item2[--digitEnd];
                }

                for (int i = 0; i < zeros; i++)
                {
                    span[--pos] = '0';
                }
            }
        });
    }
}
