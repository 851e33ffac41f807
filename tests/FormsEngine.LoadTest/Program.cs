using FormsEngine.LoadTest;

// Bounded load and soak runs against the real host over loopback; `--help` lists the options (LoadOptions.Usage).
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception ex) when (ex is FormatException or UriFormatException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

if (options.Help)
{
    Console.WriteLine(LoadOptions.Usage);
    return 0;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    return await LoadRun.RunAsync(options, Console.Out, cancel.Token);
}
catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or HttpRequestException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
