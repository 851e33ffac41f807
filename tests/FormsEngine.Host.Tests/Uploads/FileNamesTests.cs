using FormsEngine.Host.Uploads;

namespace FormsEngine.Host.Tests.Uploads;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("照片.jpg", "照片.jpg")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\张三\\Desktop\\身份证 正面.jpg", "身份证 正面.jpg")]
    [InlineData("a\u0000b\u0007c.png", "abc.png")]
    [InlineData("invoice\u202Egpj.exe", "invoicegpj.exe")]
    [InlineData("what?<>:\"|*.pdf", "what.pdf")]
    [InlineData("  ..报告.pdf.  ", "报告.pdf")]
    [InlineData("CON.txt", "_CON.txt")]
    [InlineData("", FileNames.Fallback)]
    [InlineData(null, FileNames.Fallback)]
    [InlineData("///", FileNames.Fallback)]
    [InlineData("\u0001\u0002", FileNames.Fallback)]
    public void Sanitizes(string? name, string expected) => Assert.Equal(expected, FileNames.Sanitize(name));

    [Fact]
    public void Long_names_are_cut_to_100_keeping_the_extension()
    {
        var name = FileNames.Sanitize(new string('社', 300) + ".jpeg");

        Assert.Equal(100, name.Length);
        Assert.EndsWith("社.jpeg", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Cutting_never_splits_an_emoji()
    {
        var name = FileNames.Sanitize(string.Concat(Enumerable.Repeat("😀", 120)) + ".png");

        Assert.EndsWith("😀.png", name, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(name[^5]));
        Assert.Equal(96 * 2 + 4, name.Length);
    }
}
