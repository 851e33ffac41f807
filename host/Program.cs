using FormsEngine.Host.Cli;
using FormsEngine.Host.Hosting;

// `dotnet run --project host -- expr eval …` runs a CLI verb and exits; anything else starts the web host.
if (HostCli.Handles(args))
{
    return HostCli.Run(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddFormsEngineHost();

var app = builder.Build();
app.UseFormsEngineHost();
app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the host tests.</summary>
public partial class Program;
