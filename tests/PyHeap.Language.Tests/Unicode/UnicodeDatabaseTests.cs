namespace PyHeap.Language.Tests.Unicode;

using System.Text;
using PyHeap.Language.Unicode;
using Assert = Xunit.Assert;

public class UnicodeDatabaseTests
{
    [Fact]
    public void The_database_is_unicode_14()
    {
        Assert.Equal("14.0.0", UnicodeDatabase.Version);
        // U+1E4F0 (NAG MUNDARI DIGIT ZERO) arrived in Unicode 15: unassigned for CPython 3.11, a digit for .NET.
        Assert.Equal("Cn", UnicodeDatabase.Category(0x1E4F0));
        Assert.Equal(-1, UnicodeDatabase.Decimal(0x1E4F0));
    }

    [Theory]
    [InlineData(0x2167)] // ROMAN NUMERAL EIGHT: Nl with Other_Uppercase
    [InlineData(0x24B6)] // CIRCLED LATIN CAPITAL LETTER A: So with Other_Uppercase
    public void Other_uppercase_characters_are_cased_uppercase(int cp)
    {
        Assert.True(UnicodeDatabase.Is(cp, UcdFlags.Upper));
        Assert.True(UnicodeDatabase.Is(cp, UcdFlags.Cased));
        var sb = new StringBuilder();
        UnicodeDatabase.AppendLower(sb, cp);
        Assert.Equal(cp + 16 + (cp == 0x24B6 ? 10 : 0), char.ConvertToUtf32(sb.ToString(), 0));
    }

    [Fact]
    public void Full_case_mappings_expand()
    {
        var sb = new StringBuilder();
        UnicodeDatabase.AppendUpper(sb, 0xDF);
        UnicodeDatabase.AppendFold(sb, 0x1E9E);
        UnicodeDatabase.AppendTitle(sb, 0x1F80);
        Assert.Equal("SSss\u1f88", sb.ToString());
    }

    [Theory]
    [InlineData("e\u0301", true, false, "\u00e9")]
    [InlineData("\u00e9", false, false, "e\u0301")]
    [InlineData("\ufb01", true, true, "fi")]
    [InlineData("\ufb01", true, false, "\ufb01")]
    [InlineData("\u1100\u1161\u11a8", true, false, "\uac01")]
    [InlineData("\uac01", false, false, "\u1100\u1161\u11a8")]
    [InlineData("a\u0323\u0301\u0308", false, false, "a\u0323\u0301\u0308")]
    [InlineData("a\u0301\u0323", false, false, "a\u0323\u0301")]
    [InlineData("\u0958", true, false, "\u0915\u093c")]
    public void Normalization_forms(string input, bool compose, bool compatibility, string expected) =>
        Assert.Equal(expected, UnicodeNormalization.Normalize(input, compose, compatibility));
}
