using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FormsEngine.Designer.Hosting;

/// <summary>
/// Serves <c>/_framework/blazor.web.js</c>, the script that makes Blazor components interactive, on machines whose
/// package source lacks <c>Microsoft.AspNetCore.App.Internal.Assets</c> (ADR 0006). The script is read once from the
/// manifest resource of the ASP.NET Core 9.0.22 <c>Microsoft.AspNetCore.Components.Endpoints.dll</c> that the designer
/// project copies to <c>blazor-script/</c> beside the binaries. Resident pages do not need it.
/// </summary>
public static class BlazorScriptFallback
{
    /// <summary>The URL Blazor's server components load.</summary>
    public const string ScriptPath = "/_framework/blazor.web.js";

    private const string ResourceName = "_framework/blazor.web.js";

    private static readonly Lazy<(byte[] Script, string ETag)?> Script = new(Load);

    /// <summary>True when the script could be read (the assembly was shipped and carries the resource).</summary>
    public static bool IsAvailable => Script.Value is not null;

    /// <summary>Maps <see cref="ScriptPath"/>; answers 404 with a reason when the script is missing.</summary>
    public static IEndpointConventionBuilder MapBlazorScriptFallback(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.MapGet(ScriptPath, (HttpContext context) =>
        {
            if (Script.Value is not { } script)
            {
                return Results.Problem(
                    title: "交互脚本缺失，设计器无法使用",
                    detail: "blazor.web.js is missing: the designer's blazor-script folder was not shipped with the host (see docs/adr/0006-blazor-script-fallback.md).",
                    statusCode: StatusCodes.Status404NotFound);
            }

            var (bytes, etag) = script;
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(bytes, "text/javascript; charset=utf-8");
        }).ExcludeFromDescription();
    }

    private static (byte[] Script, string ETag)? Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "blazor-script", "Microsoft.AspNetCore.Components.Endpoints.dll");
        if (!File.Exists(path))
        {
            return null;
        }

        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!metadata.StringComparer.Equals(resource.Name, ResourceName) || !resource.Implementation.IsNil)
            {
                continue;
            }

            // Embedded resources sit in the CLI header's resources directory: a 4-byte length, then the bytes.
            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            var block = pe.GetSectionData(directory.RelativeVirtualAddress).GetReader();
            block.Offset = checked((int)resource.Offset);
            var length = block.ReadInt32();
            var bytes = block.ReadBytes(length);
            return (bytes, $"\"{Convert.ToHexString(SHA256.HashData(bytes))[..16]}\"");
        }

        return null;
    }
}
