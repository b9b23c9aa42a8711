using Entsoe.Transparency.Migrator.Failures;
using Entsoe.Transparency.Migrator.Preflight;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Tests.Preflight;

public sealed class UniqueIndexPreflightTests
{
    private static readonly TableTarget InPlace = TableTarget.Create(null, "accounts", "id", "token", null);
    private static readonly TableTarget TwoColumns = TableTarget.Create(null, "accounts", "id", "token", "token_hash");

    [Fact]
    public void Check_InPlaceWithUniqueIndexOnTheTokenAlone_ReturnsThatIndex()
    {
        var index = new TableIndex("ux_token", ["TOKEN"], IsUnique: true, NullsDistinct: true, IsPartial: false);

        var found = UniqueIndexPreflight.Check(Describe(Index("pk", "id"), index), InPlace);

        Assert.Same(index, found);
    }

    [Fact]
    public void Check_IndexOverTheTokenAndAnotherColumn_ReturnsNull()
    {
        var found = UniqueIndexPreflight.Check(Describe(new TableIndex("ux_tenant_token", ["tenant", "token"], true, true, false)), InPlace);

        Assert.Null(found);
    }

    [Fact]
    public void Check_IndexOnTheTokenThatIsNotUnique_ReturnsNull()
    {
        var description = Describe(new TableIndex("ix_token", ["token"], IsUnique: false, NullsDistinct: true, IsPartial: false));

        Assert.Null(UniqueIndexPreflight.Check(description, InPlace));
        Assert.Null(UniqueIndexPreflight.Check(description with { }, TwoColumns));
    }

    [Fact]
    public void Check_HashColumnMode_ReturnsTheIndexOnTheHashColumnNotTheToken()
    {
        var onHash = Index("ux_hash", "token_hash");

        var found = UniqueIndexPreflight.Check(Describe(Index("ux_token", "token"), onHash), TwoColumns);

        Assert.Same(onHash, found);
    }

    [Fact]
    public void Check_HashColumnModeWithAnIndexLettingOneNullOnTheToken_RefusesNamingTheIndex()
    {
        var description = Describe(new TableIndex("ux_token", ["token"], IsUnique: true, NullsDistinct: false, IsPartial: false));

        var refusal = Assert.Throws<PreflightException>(() => UniqueIndexPreflight.Check(description, TwoColumns));

        Assert.Contains("'ux_token'", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("IS NOT NULL", refusal.Message, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was written.", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Check_HashColumnModeWithNullsDistinctOrAFilteredIndex_DoesNotRefuse(bool nullsDistinct, bool partial)
    {
        var description = Describe(new TableIndex("ux_token", ["token"], true, nullsDistinct, partial));

        Assert.Null(UniqueIndexPreflight.Check(description, TwoColumns));
    }

    [Fact]
    public void Check_InPlaceWithAnIndexLettingOneNull_DoesNotRefuse()
    {
        var index = new TableIndex("ux_token", ["token"], IsUnique: true, NullsDistinct: false, IsPartial: false);

        Assert.Same(index, UniqueIndexPreflight.Check(Describe(index), InPlace));
    }

    [Fact]
    public void DuplicatesRefusal_ManyKeys_ShowsTenInNumericOrderAndCountsTheRest()
    {
        var keys = Enumerable.Range(1, 12).Select(i => (i * 5).ToString(System.Globalization.CultureInfo.InvariantCulture)).Reverse().ToList();

        var refusal = UniqueIndexPreflight.DuplicatesRefusal(Index("ux_token", "token"), "token", keys);

        Assert.Contains("12 rows share a token", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("keys 5, 10, 15, 20, 25, 30, 35, 40, 45, 50 and 2 more", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("unique index 'ux_token' on 'token'", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromColumns_RowsPerColumn_GroupsThemPerIndexInOrder()
    {
        var indexes = TableIndex.FromColumns([
            ("pk", "id", true, true, false),
            ("ux_tenant_token", "tenant", true, false, true),
            ("ux_tenant_token", "token", true, false, true),
            ("ux_lower", null, true, true, false),
            ("ix_token", "token", false, true, false),
        ]);

        Assert.Equal(["pk", "ux_tenant_token", "ux_lower", "ix_token"], indexes.Select(i => i.Name));
        Assert.False(indexes[3].IsUnique);
        Assert.Equal(["tenant", "token"], indexes[1].Columns);
        Assert.False(indexes[1].NullsDistinct);
        Assert.True(indexes[1].IsPartial);
        Assert.True(indexes[1].Includes("Token"));
        Assert.False(indexes[1].IsOn("token"));
        Assert.False(indexes[2].Includes("token"));
    }

    private static TableIndex Index(string name, string column) => new(name, [column], IsUnique: true, NullsDistinct: true, IsPartial: false);

    private static TableDescription Describe(params TableIndex[] indexes) =>
        new(true, null, null, null, KeyIsUnique: true) { Indexes = indexes };
}
