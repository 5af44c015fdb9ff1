namespace PyHeap.Language.Tests.Unicode;

using PyHeap.Language.Unicode;
using Assert = Xunit.Assert;

public class UnicodeNamesTests
{
    [Fact]
    public void Every_named_code_point_looks_up_to_itself_in_any_ascii_case()
    {
        int named = 0;
        for (int cp = 0; cp < 0x110000; cp++)
        {
            if (UnicodeNames.GetName(cp) is not { } name) continue;
            named++;
            Assert.True(UnicodeNames.TryLookup(name, namedSequences: false, out string value), name);
            Assert.Equal(char.ConvertFromUtf32(cp), value);
            // Hangul syllable and CJK unified ideograph names are matched case-sensitively (strncmp in _getcode).
            bool algorithmic = name.StartsWith("HANGUL SYLLABLE ", StringComparison.Ordinal) || name.StartsWith("CJK UNIFIED IDEOGRAPH-", StringComparison.Ordinal);
            Assert.Equal(!algorithmic, UnicodeNames.TryLookup(name.ToLowerInvariant(), namedSequences: false, out _));
        }
        // sum(1 for c in range(0x110000) if unicodedata.name(chr(c), None)) in CPython 3.11.7.
        Assert.Equal(138552, named);
    }

    [Theory]
    [InlineData("LINE FEED", "\n")]
    [InlineData("lf", "\n")]
    [InlineData("Byte Order Mark", "\ufeff")]
    [InlineData("HANGUL SYLLABLE GAGS", "\uac03")]
    [InlineData("CJK UNIFIED IDEOGRAPH-04E00", "\u4e00")]
    public void Aliases_and_algorithmic_names_resolve(string name, string expected)
    {
        Assert.True(UnicodeNames.TryLookup(name, namedSequences: false, out string value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("hangul syllable GAG")]
    [InlineData("CJK UNIFIED IDEOGRAPH-4e00")]
    [InlineData("CJK UNIFIED IDEOGRAPH-4E0")]
    [InlineData("TANGUT IDEOGRAPH-17000")]
    [InlineData(" BULLET")]
    [InlineData("LATIN SMALL LETTER \u0131")]
    public void Names_cpython_rejects_are_not_found(string name) =>
        Assert.False(UnicodeNames.TryLookup(name, namedSequences: true, out _));

    [Fact]
    public void Named_sequences_are_found_only_when_asked_for()
    {
        Assert.False(UnicodeNames.TryLookup("KEYCAP NUMBER SIGN", namedSequences: false, out _));
        Assert.True(UnicodeNames.TryLookup("keycap number sign", namedSequences: true, out string value));
        Assert.Equal("#\ufe0f\u20e3", value);
    }

    [Fact]
    public void Control_characters_unassigned_and_tangut_code_points_have_no_name()
    {
        Assert.Null(UnicodeNames.GetName('\n'));
        Assert.Null(UnicodeNames.GetName(0x0378));
        Assert.Null(UnicodeNames.GetName(0x17000));
        Assert.Equal("CJK UNIFIED IDEOGRAPH-2A6DF", UnicodeNames.GetName(0x2A6DF));
        Assert.Equal("HANGUL SYLLABLE YI", UnicodeNames.GetName(0xC758));
    }
}
