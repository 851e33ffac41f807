using System.Text.Json.Nodes;
using FormsEngine.Forms.Loading;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Forms.Fields;

/// <summary>
/// <c>geolocation</c>: <c>{"lat","lng","accuracy"?}</c> in degrees (accuracy in metres). Latitude within
/// [-90, 90] and longitude within [-180, 180], narrowed by optional <c>minLat</c>/<c>maxLat</c>/<c>minLng</c>/<c>maxLng</c>
/// (e.g. the community's area). Sensitive personal data by default (PIPL treats whereabouts as sensitive).
/// </summary>
internal sealed class GeolocationField : FormField
{
    private GeolocationField(FieldCommon common, decimal minLat, decimal maxLat, decimal minLng, decimal maxLng, bool hasBounds)
        : base(common)
    {
        MinLat = minLat;
        MaxLat = maxLat;
        MinLng = minLng;
        MaxLng = maxLng;
        HasBounds = hasBounds;
    }

    public decimal MinLat { get; }

    public decimal MaxLat { get; }

    public decimal MinLng { get; }

    public decimal MaxLng { get; }

    private bool HasBounds { get; }

    private protected override PersonalDataClass DefaultPersonalData => PersonalDataClass.Sensitive;

    public static GeolocationField Read(FieldCommon common, ObjectReader r)
    {
        var minLat = Bound(r, "minLat", 90);
        var maxLat = Bound(r, "maxLat", 90);
        var minLng = Bound(r, "minLng", 180);
        var maxLng = Bound(r, "maxLng", 180);
        RangeChecks.MinNotAboveMax(r, "minLat", minLat, maxLat);
        RangeChecks.MinNotAboveMax(r, "minLng", minLng, maxLng);
        var hasBounds = minLat is not null || maxLat is not null || minLng is not null || maxLng is not null;
        return new GeolocationField(common, minLat ?? -90, maxLat ?? 90, minLng ?? -180, maxLng ?? 180, hasBounds);
    }

    private static decimal? Bound(ObjectReader r, string name, decimal limit)
    {
        var value = r.Decimal(name);
        if (value is { } v && (v < -limit || v > limit))
        {
            r.Context.Error(LoadCodes.OutOfRange, r.PathOf(name), $"应在 -{limit} 到 {limit} 之间", $"must be between -{limit} and {limit}");
            return null;
        }

        return value;
    }

    internal override JsonNode? Coerce(JsonNode value, in FieldContext context)
    {
        if (value is not JsonObject obj || obj["lat"] is not { } latNode || obj["lng"] is not { } lngNode
            || !AnswerValues.TryGetDecimal(latNode, out var lat, out _) || !AnswerValues.TryGetDecimal(lngNode, out var lng, out _))
        {
            context.Fail(SubmissionCodes.InvalidLocation, "位置信息无效，请重新定位", "The location needs numeric lat and lng");
            return null;
        }

        var ok = true;
        if (lat < MinLat || lat > MaxLat)
        {
            context.Fail(".lat", SubmissionCodes.LatitudeOutOfRange, "位置不在允许的范围内（纬度）", "The latitude is outside the allowed range");
            ok = false;
        }

        if (lng < MinLng || lng > MaxLng)
        {
            context.Fail(".lng", SubmissionCodes.LongitudeOutOfRange, "位置不在允许的范围内（经度）", "The longitude is outside the allowed range");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var result = new JsonObject { ["lat"] = lat, ["lng"] = lng };
        if (obj["accuracy"] is { } accNode && AnswerValues.TryGetDecimal(accNode, out var accuracy, out _) && accuracy >= 0)
        {
            result["accuracy"] = accuracy;
        }

        return result;
    }

    private protected override void WriteSpecific(JsonObject target)
    {
        if (HasBounds)
        {
            target["minLat"] = MinLat;
            target["maxLat"] = MaxLat;
            target["minLng"] = MinLng;
            target["maxLng"] = MaxLng;
        }
    }
}
