using FormsEngine.Designer.FormEditing.Builder;

namespace FormsEngine.Designer.Tests.Forms.Builder;

public sealed class SuggestionKeysTests
{
    [Theory]
    [InlineData("ArrowDown", 0, 3, 1, "None")]
    [InlineData("ArrowDown", 2, 3, 0, "None")]
    [InlineData("ArrowUp", 0, 3, 2, "None")]
    [InlineData("Enter", 1, 3, 1, "Apply")]
    [InlineData("Tab", 1, 3, 1, "Apply")]
    [InlineData("Escape", 1, 3, 1, "Close")]
    [InlineData("a", 1, 3, 1, "None")]
    [InlineData("Enter", 0, 0, 0, "None")]
    public void Keys_move_round_the_list_apply_or_close(string key, int active, int count, int expectedActive, string expected)
    {
        var action = SuggestionKeys.Handle(key, ref active, count);

        Assert.Equal((expected, expectedActive), (action.ToString(), active));
    }
}
