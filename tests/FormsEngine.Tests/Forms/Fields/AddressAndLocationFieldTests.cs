using System.Text.Json.Nodes;
using FormsEngine.Forms.Validation;

namespace FormsEngine.Tests.Forms.Fields;

public class AddressAndLocationFieldTests
{
    private const string Address = """{ "type": "address", "key": "f" }""";
    private const string Location = """{ "type": "geolocation", "key": "f", "minLat": 29, "maxLat": 32, "minLng": 119, "maxLng": 123 }""";

    [Fact]
    public void Address_parts_are_trimmed_and_numbers_become_text()
    {
        var normalized = FormFixture.Normalized(Address, """{ "community": " 幸福里 ", "building": 3, "unit": "", "room": "501" }""");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{ "community": "幸福里", "building": "3", "room": "501" }"""), normalized));
    }

    [Fact]
    public void Missing_address_parts_are_reported_by_path()
    {
        var result = FormFixture.One(Address, """{ "community": "幸福里" }""");

        Assert.Equal(
            [("$.f.building", SubmissionCodes.AddressPartMissing), ("$.f.room", SubmissionCodes.AddressPartMissing)],
            result.Errors.Select(e => (e.Path!, e.Code)));
        Assert.Equal("请填写楼栋号", result.Errors[0].MessageZh);
    }

    [Fact]
    public void Unit_is_checked_only_when_required() =>
        FormFixture.SingleError(
            FormFixture.One("""{ "type": "address", "key": "f", "unitRequired": true }""", """{ "community": "幸福里", "building": "3", "room": "501" }"""),
            "$.f.unit",
            SubmissionCodes.AddressPartMissing);

    [Fact]
    public void Address_must_be_an_object() =>
        FormFixture.SingleError(FormFixture.One(Address, "\"幸福里3栋501\""), "$.f", SubmissionCodes.WrongType);

    [Fact]
    public void Address_part_of_wrong_type_is_reported() =>
        FormFixture.SingleError(FormFixture.One(Address, """{ "community": "幸福里", "building": [3], "room": "501" }"""), "$.f.building", SubmissionCodes.WrongType);

    [Fact]
    public void Empty_address_is_missing() =>
        FormFixture.SingleError(FormFixture.One("""{ "type": "address", "key": "f", "required": true }""", """{ "community": " " }"""), "$.f", SubmissionCodes.Required);

    [Fact]
    public void Location_in_range_is_kept_with_accuracy()
    {
        var normalized = FormFixture.Normalized(Location, """{ "lat": 31.2304, "lng": "121.4737", "accuracy": 15, "extra": 1 }""");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{ "lat": 31.2304, "lng": 121.4737, "accuracy": 15 }"""), normalized));
    }

    [Fact]
    public void Location_outside_bounds_is_reported_per_coordinate()
    {
        var result = FormFixture.One(Location, """{ "lat": 39.9, "lng": 116.4 }""");

        Assert.Equal(
            [("$.f.lat", SubmissionCodes.LatitudeOutOfRange), ("$.f.lng", SubmissionCodes.LongitudeOutOfRange)],
            result.Errors.Select(e => (e.Path!, e.Code)));
    }

    [Fact]
    public void Location_without_bounds_still_checks_the_globe() =>
        FormFixture.SingleError(FormFixture.One("""{ "type": "geolocation", "key": "f" }""", """{ "lat": 91, "lng": 0 }"""), "$.f.lat", SubmissionCodes.LatitudeOutOfRange);

    [Theory]
    [InlineData("""{ "lat": 31 }""")]
    [InlineData("""{ "lat": "north", "lng": 121 }""")]
    [InlineData("[31, 121]")]
    public void Malformed_locations_are_rejected(string answer) =>
        FormFixture.SingleError(FormFixture.One(Location, answer), "$.f", SubmissionCodes.InvalidLocation);
}
