using System.Text;

namespace PyHeap.Visuals.Rendering;

/// <summary>Breaks text at spaces into lines for SVG, which has no wrapping of its own.</summary>
public static class TextWrap
{
    /// <summary>Lines of at most <paramref name="width"/> characters (a longer word gets a line of its own); at least one line.</summary>
    public static List<string> Words(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        return lines;
    }
}
