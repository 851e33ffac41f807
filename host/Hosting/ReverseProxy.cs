using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace FormsEngine.Host.Hosting;

/// <summary>
/// Running behind nginx or another load balancer (several nodes, docs/SCALING.md): the client's address and scheme come
/// from <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c>, but only when the request arrives from a trusted proxy —
/// loopback, plus the addresses and networks in <c>FormsEngine:TrustedProxies</c> (e.g. <c>["10.0.0.5",
/// "10.1.0.0/16"]</c>). Without this every resident would share the proxy's address, and the per-address limit on
/// resident posts would become one limit for the whole city.
/// </summary>
internal static class ReverseProxy
{
    public const string SettingKey = FormsEngineHostOptions.SectionName + ":TrustedProxies";

    public static WebApplicationBuilder AddReverseProxySupport(this WebApplicationBuilder builder)
    {
        var trusted = builder.Configuration.GetSection(SettingKey).Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var entry in trusted)
            {
                if (System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    o.KnownIPNetworks.Add(network);
                }
                else if (IPAddress.TryParse(entry, out var address))
                {
                    o.KnownProxies.Add(address);
                }
                else
                {
                    throw new InvalidOperationException(
                        $"{SettingKey} 中的“{entry}”不是 IP 地址或网段 / '{entry}' in {SettingKey} is not an IP address or CIDR network (e.g. 10.0.0.5 or 10.1.0.0/16)");
                }
            }
        });
        return builder;
    }
}
