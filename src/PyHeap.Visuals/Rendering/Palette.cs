namespace PyHeap.Visuals.Rendering;

/// <summary>
/// The Okabe–Ito palette: eight colours that stay distinct under the common colour-vision deficiencies,
/// used by every picture, plus the neutral greys for "empty" and "never used".
/// </summary>
public static class Palette
{
    public const string Orange = "#E69F00";
    public const string SkyBlue = "#56B4E9";
    public const string Green = "#009E73";
    public const string Yellow = "#F0E442";
    public const string Blue = "#0072B2";
    public const string Vermillion = "#D55E00";
    public const string Purple = "#CC79A7";
    public const string Black = "#000000";
    public const string LightGrey = "#E8E8E8";
    public const string MidGrey = "#BDBDBD";
    public const string DarkGrey = "#555555";

    public static readonly string[] Categorical = [Blue, Orange, Green, Purple, SkyBlue, Vermillion, Yellow, Black];

    public static string Category(int i) => Categorical[((i % Categorical.Length) + Categorical.Length) % Categorical.Length];
}
