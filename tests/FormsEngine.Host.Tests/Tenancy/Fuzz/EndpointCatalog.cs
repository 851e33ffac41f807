using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace FormsEngine.Host.Tests.Tenancy.Fuzz;

/// <summary>Where a handler reads an input from.</summary>
internal enum InputSource
{
    Query,
    Header,
    Body,
}

/// <summary>One input of a handler besides its route values: a query parameter, a header or the JSON body's type.</summary>
internal sealed record EndpointInput(string Name, Type Type, InputSource Source);

/// <summary>One method of one route, as the app maps it, with the inputs its handler binds.</summary>
internal sealed record CatalogEndpoint(string Method, RoutePattern Route, bool Anonymous, IReadOnlyList<EndpointInput> Inputs)
{
    public string Pattern => Route.RawText ?? "/";

    public bool Mutates => Method is not ("GET" or "HEAD" or "OPTIONS");

    /// <summary>Takes nothing an attacker could fill (e.g. a static asset): one call covers it.</summary>
    public bool Fixed => Route.Parameters.Count == 0 && Inputs.Count == 0 && !Mutates;

    public override string ToString() => $"{Method} {Pattern}{(Anonymous ? " (anonymous)" : "")}";
}

/// <summary>
/// Every endpoint of the running host, read from its <see cref="EndpointDataSource"/> (so a newly mapped endpoint is
/// fuzzed without editing a list): route pattern, HTTP methods, whether it needs a signed-in user, and — from the
/// handler's signature — which query parameters, headers and JSON body it binds.
/// </summary>
internal static class EndpointCatalog
{
    private static readonly Type[] Framework =
        [typeof(HttpContext), typeof(HttpRequest), typeof(HttpResponse), typeof(ClaimsPrincipal), typeof(CancellationToken), typeof(IFormCollection), typeof(IFormFile), typeof(Stream)];

    public static IReadOnlyList<CatalogEndpoint> Read(IServiceProvider services)
    {
        var isService = services.GetRequiredService<IServiceProviderIsService>();
        var endpoints = new List<CatalogEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? m : ["GET"];
            var anonymous = endpoint.Metadata.GetMetadata<IAuthorizeData>() is null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var handler = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault();
            var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var inputs = handler is null ? [] : Inputs(handler, routeNames, isService);
            endpoints.AddRange(methods.Distinct(StringComparer.OrdinalIgnoreCase).Select(method =>
                new CatalogEndpoint(method.ToUpperInvariant(), endpoint.RoutePattern, anonymous, inputs)));
        }

        return [.. endpoints.DistinctBy(e => (e.Method, e.Pattern)).OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The path with each route parameter replaced by <paramref name="value"/>'s pick (escaped); the pick is asked for
    /// <c>segment.name</c>, the literal segment before the parameter saying what it names (<c>tasks.id</c>, <c>forms.id</c>).
    /// </summary>
    public static string Path(RoutePattern route, Func<string, string> value)
    {
        var path = new System.Text.StringBuilder();
        var previous = "";
        foreach (var segment in route.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Uri.EscapeDataString(value(previous + "." + parameter.Name)),
                    _ => "",
                });
            }

            previous = segment.Parts is [RoutePatternLiteralPart only] ? only.Content : previous;
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static List<EndpointInput> Inputs(MethodInfo handler, HashSet<string> routeNames, IServiceProviderIsService isService)
    {
        var inputs = new List<EndpointInput>();
        foreach (var parameter in handler.GetParameters())
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (parameter.Name is null || routeNames.Contains(parameter.Name) || Framework.Contains(type) || isService.IsService(parameter.ParameterType))
            {
                continue;
            }

            if (parameter.GetCustomAttribute<FromHeaderAttribute>() is { } header)
            {
                inputs.Add(new(header.Name ?? parameter.Name, type, InputSource.Header));
            }
            else if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                inputs.AddRange(type.GetProperties().Where(p => p.CanWrite).Select(p => new EndpointInput(Camel(p.Name), Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType, InputSource.Query)));
            }
            else if (IsSimple(type))
            {
                inputs.Add(new(parameter.Name, type, InputSource.Query));
            }
            else if (!type.IsInterface && !type.IsAbstract)
            {
                inputs.Add(new(parameter.Name, type, InputSource.Body));
            }
        }

        return inputs;
    }

    public static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTimeOffset) || type == typeof(DateTime)
        || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(Guid);

    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
