namespace Entsoe.Transparency.Tests.Queries;

/// <summary>The platform codes behind the typed queries' enums, as the Web API guide's code lists and entsoe-py's mappings give them.</summary>
public class DataItemCodesTests
{
    [Theory]
    [InlineData(ProductionType.Biomass, "B01")]
    [InlineData(ProductionType.FossilBrownCoalLignite, "B02")]
    [InlineData(ProductionType.FossilCoalDerivedGas, "B03")]
    [InlineData(ProductionType.FossilGas, "B04")]
    [InlineData(ProductionType.FossilHardCoal, "B05")]
    [InlineData(ProductionType.FossilOil, "B06")]
    [InlineData(ProductionType.FossilOilShale, "B07")]
    [InlineData(ProductionType.FossilPeat, "B08")]
    [InlineData(ProductionType.Geothermal, "B09")]
    [InlineData(ProductionType.HydroPumpedStorage, "B10")]
    [InlineData(ProductionType.HydroRunOfRiverAndPoundage, "B11")]
    [InlineData(ProductionType.HydroWaterReservoir, "B12")]
    [InlineData(ProductionType.Marine, "B13")]
    [InlineData(ProductionType.Nuclear, "B14")]
    [InlineData(ProductionType.OtherRenewable, "B15")]
    [InlineData(ProductionType.Solar, "B16")]
    [InlineData(ProductionType.Waste, "B17")]
    [InlineData(ProductionType.WindOffshore, "B18")]
    [InlineData(ProductionType.WindOnshore, "B19")]
    [InlineData(ProductionType.Other, "B20")]
    [InlineData(ProductionType.EnergyStorage, "B25")]
    public void Of_ProductionType_ReturnsItsPsrType(ProductionType type, string code)
    {
        Assert.Equal(code, DataItemCodes.Of(type, "type"));
    }

    [Fact]
    public void Of_EveryProductionType_IsInTheTableAbove()
    {
        Assert.Equal(21, Enum.GetValues<ProductionType>().Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    [InlineData(24)]
    [InlineData(26)]
    public void Of_UndefinedProductionType_Throws(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DataItemCodes.Of((ProductionType)value, "productionType"));

        Assert.Equal("productionType", error.ParamName);
    }

    [Theory]
    [InlineData(WindAndSolarForecastHorizon.DayAhead, "A01")]
    [InlineData(WindAndSolarForecastHorizon.Intraday, "A40")]
    [InlineData(WindAndSolarForecastHorizon.Current, "A18")]
    public void Of_WindAndSolarForecastHorizon_ReturnsItsProcessType(WindAndSolarForecastHorizon horizon, string code)
    {
        Assert.Equal(code, DataItemCodes.Of(horizon, "horizon"));
    }

    [Theory]
    [InlineData(CommercialScheduleType.Total, "A05")]
    [InlineData(CommercialScheduleType.DayAhead, "A01")]
    public void Of_CommercialScheduleType_ReturnsItsContractType(CommercialScheduleType type, string code)
    {
        Assert.Equal(code, DataItemCodes.Of(type, "scheduleType"));
    }

    [Theory]
    [InlineData(NetTransferCapacityHorizon.DayAhead, "A01")]
    [InlineData(NetTransferCapacityHorizon.WeekAhead, "A02")]
    [InlineData(NetTransferCapacityHorizon.MonthAhead, "A03")]
    [InlineData(NetTransferCapacityHorizon.YearAhead, "A04")]
    public void Of_NetTransferCapacityHorizon_ReturnsItsContractType(NetTransferCapacityHorizon horizon, string code)
    {
        Assert.Equal(code, DataItemCodes.Of(horizon, "horizon"));
    }

    [Theory]
    [InlineData(LoadForecastHorizon.DayAhead, "A01")]
    [InlineData(LoadForecastHorizon.WeekAhead, "A31")]
    [InlineData(LoadForecastHorizon.MonthAhead, "A32")]
    [InlineData(LoadForecastHorizon.YearAhead, "A33")]
    public void Of_LoadForecastHorizon_ReturnsItsProcessType(LoadForecastHorizon horizon, string code)
    {
        Assert.Equal(code, DataItemCodes.Of(horizon, "horizon"));
    }

    [Theory]
    [InlineData(NetPositionHorizon.DayAhead, "A01")]
    [InlineData(NetPositionHorizon.Intraday, "A07")]
    public void Of_NetPositionHorizon_ReturnsItsContractType(NetPositionHorizon horizon, string code)
    {
        Assert.Equal(code, DataItemCodes.Of(horizon, "horizon"));
    }

    [Theory]
    [InlineData(IntradayAuction.Ida1, "1")]
    [InlineData(IntradayAuction.Ida2, "2")]
    [InlineData(IntradayAuction.Ida3, "3")]
    public void Of_IntradayAuction_ReturnsItsSequence(IntradayAuction auction, string code)
    {
        Assert.Equal(code, DataItemCodes.Of(auction, "auction"));
    }

    [Fact]
    public void Of_UndefinedSelectors_Throw()
    {
        Assert.Equal("horizon", Assert.Throws<ArgumentOutOfRangeException>(() => DataItemCodes.Of((NetPositionHorizon)2, "horizon")).ParamName);
        Assert.Equal("auction", Assert.Throws<ArgumentOutOfRangeException>(() => DataItemCodes.Of((IntradayAuction)0, "auction")).ParamName);
        Assert.Equal("auction", Assert.Throws<ArgumentOutOfRangeException>(() => DataItemCodes.Of((IntradayAuction)4, "auction")).ParamName);
    }
}
