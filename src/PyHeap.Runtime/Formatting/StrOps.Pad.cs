using System.Text;

namespace PyHeap.Runtime.Formatting;

public static partial class StrOps
{
    /// <summary>str.center(width, fillchar): the odd extra char goes left when width is odd (Models stringlib pad).</summary>
    public static string Center(string s, long width, char fill = ' ')
    {
        long marg = width - s.Length;
        if (marg <= 0)
        {
            return s;
        }

        long left = marg / 2 + (marg & width & 1);
        return new string(fill, (int)left) + s + new string(fill, (int)(marg - left));
    }

    public static string LJust(string s, long width, char fill = ' ') => width <= s.Length ? s : s + new string(fill, (int)(width - s.Length));

    public static string RJust(string s, long width, char fill = ' ') => width <= s.Length ? s : new string(fill, (int)(width - s.Length)) + s;

    /// <summary>str.zfill: zeros go after a leading sign.</summary>
    public static string ZFill(string s, long width)
    {
        if (width <= s.Length)
        {
            return s;
        }

        int fill = (int)(width - s.Length);
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            return s[0] + new string('0', fill) + s[1..];
        }

        return new string('0', fill) + s;
    }

    /// <summary>str.expandtabs(tabsize=8): columns restart after \n and \r.</summary>
    public static string ExpandTabs(string s, long tabSize = 8)
    {
        var sb = new StringBuilder(s.Length);
        long column = 0;
        foreach (char c in s)
        {
            if (c == '\t')
            {
                if (tabSize > 0)
                {
                    long spaces = tabSize - (column % tabSize);
                    sb.Append(' ', (int)spaces);
                    column += spaces;
                }
            }
            else
            {
                sb.Append(c);
                column = c is '\n' or '\r' ? 0 : column + 1;
            }
        }

        return sb.ToString();
    }
}
