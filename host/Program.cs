using FormsEngine.Host.Cli;
using FormsEngine.Host.Hosting;

// `dotnet run --project host -- expr eval …` runs a CLI verb and exits; anything else starts the web host.
if (HostCli.Handles(args))
{
    return HostCli.Run(args, Console.Out, Console.Error);
}

// Settings (appsettings.json) ship beside the binaries; the data folder and CLI paths stay relative to where the
// user stands (see FormsEngineHostOptions.DataPath).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddFormsEngineHost();

var app = builder.Build();
app.UseFormsEngineHost();
app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the host tests.</summary>
public partial class Program;
