using FormsEngine.Host.Accounts;

namespace FormsEngine.Host.Tests.Accounts;

public sealed class GeneratedPasswordTests
{
    [Fact]
    public void Generated_passwords_always_meet_the_identity_rules()
    {
        // About one plain draw in six has no digit; a thousand draws would catch a generator that forgot to check.
        for (var i = 0; i < 1000; i++)
        {
            var password = AdminBootstrap.Generate();
            Assert.Equal(16, password.Length);
            Assert.Contains(password, char.IsAsciiDigit);
            Assert.Contains(password, char.IsAsciiLetterLower);
            Assert.Contains(password, char.IsAsciiLetterUpper);
        }
    }
}
