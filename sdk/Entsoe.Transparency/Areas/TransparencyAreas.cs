using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace Entsoe.Transparency;

/// <summary>
/// The platform's areas: the European bidding zones, control areas, market balance areas and countries, with the
/// short codes entsoe-py uses (so a Python script's <c>DE_LU</c> is <see cref="DeLu"/> here). The EIC codes and
/// roles follow the platform's "Web API user guide" (its list of areas). Raw EIC codes of areas not listed here
/// are accepted by <see cref="ResolveEic"/>.
/// </summary>
public static class TransparencyAreas
{
    /// <summary>Albania (<c>AL</c>): bidding zone, control area, market balance area, country; EIC <c>10YAL-KESH-----5</c>, time zone <c>Europe/Tirane</c>.</summary>
    public static TransparencyArea Al { get; } = Catalogued("10YAL-KESH-----5", "AL", "Albania", "Europe/Tirane", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Austria (<c>AT</c>): bidding zone, control area, market balance area, country; EIC <c>10YAT-APG------L</c>, time zone <c>Europe/Vienna</c>.</summary>
    public static TransparencyArea At { get; } = Catalogued("10YAT-APG------L", "AT", "Austria", "Europe/Vienna", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Bosnia and Herzegovina (<c>BA</c>): bidding zone, control area, market balance area, country; EIC <c>10YBA-JPCC-----D</c>, time zone <c>Europe/Sarajevo</c>.</summary>
    public static TransparencyArea Ba { get; } = Catalogued("10YBA-JPCC-----D", "BA", "Bosnia and Herzegovina", "Europe/Sarajevo", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Belgium (<c>BE</c>): bidding zone, control area, market balance area, country; EIC <c>10YBE----------2</c>, time zone <c>Europe/Brussels</c>.</summary>
    public static TransparencyArea Be { get; } = Catalogued("10YBE----------2", "BE", "Belgium", "Europe/Brussels", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Bulgaria (<c>BG</c>): bidding zone, control area, market balance area, country; EIC <c>10YCA-BULGARIA-R</c>, time zone <c>Europe/Sofia</c>.</summary>
    public static TransparencyArea Bg { get; } = Catalogued("10YCA-BULGARIA-R", "BG", "Bulgaria", "Europe/Sofia", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Belarus (<c>BY</c>): bidding zone, control area, market balance area, country; EIC <c>10Y1001A1001A51S</c>, time zone <c>Europe/Minsk</c>.</summary>
    public static TransparencyArea By { get; } = Catalogued("10Y1001A1001A51S", "BY", "Belarus", "Europe/Minsk", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Switzerland (<c>CH</c>): bidding zone, control area, market balance area, country; EIC <c>10YCH-SWISSGRIDZ</c>, time zone <c>Europe/Zurich</c>.</summary>
    public static TransparencyArea Ch { get; } = Catalogued("10YCH-SWISSGRIDZ", "CH", "Switzerland", "Europe/Zurich", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Central Western Europe (<c>CWE</c>): region; EIC <c>10YDOM-REGION-1V</c>, time zone <c>Europe/Brussels</c>.</summary>
    public static TransparencyArea Cwe { get; } = Catalogued("10YDOM-REGION-1V", "CWE", "Central Western Europe", "Europe/Brussels", AreaKinds.Region);

    /// <summary>Cyprus (<c>CY</c>): bidding zone, control area, market balance area, country; EIC <c>10YCY-1001A0003J</c>, time zone <c>Asia/Nicosia</c>.</summary>
    public static TransparencyArea Cy { get; } = Catalogued("10YCY-1001A0003J", "CY", "Cyprus", "Asia/Nicosia", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Czechia (<c>CZ</c>): bidding zone, control area, market balance area, country; EIC <c>10YCZ-CEPS-----N</c>, time zone <c>Europe/Prague</c>.</summary>
    public static TransparencyArea Cz { get; } = Catalogued("10YCZ-CEPS-----N", "CZ", "Czechia", "Europe/Prague", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Czechia + Germany + Slovakia (<c>CZ_DE_SK</c>): bidding zone, bidding zone aggregation; EIC <c>10YDOM-CZ-DE-SKK</c>, time zone <c>Europe/Prague</c>.</summary>
    public static TransparencyArea CzDeSk { get; } = Catalogued("10YDOM-CZ-DE-SKK", "CZ_DE_SK", "Czechia + Germany + Slovakia", "Europe/Prague", AreaKinds.BiddingZone | AreaKinds.BiddingZoneAggregation);

    /// <summary>Germany (<c>DE</c>): country; EIC <c>10Y1001A1001A83F</c>, time zone <c>Europe/Berlin</c>.</summary>
    public static TransparencyArea De { get; } = Catalogued("10Y1001A1001A83F", "DE", "Germany", "Europe/Berlin", AreaKinds.Country);

    /// <summary>50Hertz (Germany) (<c>DE_50HZ</c>): control area, bidding zone aggregation; EIC <c>10YDE-VE-------2</c>, time zone <c>Europe/Berlin</c>.</summary>
    public static TransparencyArea De50Hz { get; } = Catalogued("10YDE-VE-------2", "DE_50HZ", "50Hertz (Germany)", "Europe/Berlin", AreaKinds.ControlArea | AreaKinds.BiddingZoneAggregation);

    /// <summary>Amprion (Germany) (<c>DE_AMPRION</c>): control area; EIC <c>10YDE-RWENET---I</c>, time zone <c>Europe/Berlin</c>.</summary>
    public static TransparencyArea DeAmprion { get; } = Catalogued("10YDE-RWENET---I", "DE_AMPRION", "Amprion (Germany)", "Europe/Berlin", AreaKinds.ControlArea);

    /// <summary>Amprion Luxembourg (<c>DE_AMP_LU</c>): control area; EIC <c>10Y1001C--00002H</c>, time zone <c>Europe/Berlin</c>.</summary>
    public static TransparencyArea DeAmpLu { get; } = Catalogued("10Y1001C--00002H", "DE_AMP_LU", "Amprion Luxembourg", "Europe/Berlin", AreaKinds.ControlArea);

    /// <summary>Germany-Austria-Luxembourg (until October 2018) (<c>DE_AT_LU</c>): bidding zone; EIC <c>10Y1001A1001A63L</c>, time zone <c>Europe/Berlin</c>.</summary>
    public static TransparencyArea DeAtLu { get; } = Catalogued("10Y1001A1001A63L", "DE_AT_LU", "Germany-Austria-Luxembourg (until October 2018)", "Europe/Berlin", AreaKinds.BiddingZone);

    /// <summary>Germany-Luxembourg (<c>DE_LU</c>): bidding zone, market balance area; EIC <c>10Y1001A1001A82H</c>, time zone <c>Europe/Berlin</c>.</summary>
    public static TransparencyArea DeLu { get; } = Catalogued("10Y1001A1001A82H", "DE_LU", "Germany-Luxembourg", "Europe/Berlin", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea);

    /// <summary>TenneT (Germany) (<c>DE_TENNET</c>): control area; EIC <c>10YDE-EON------1</c>, time zone <c>Europe/Berlin</c>.</summary>
    public static TransparencyArea DeTennet { get; } = Catalogued("10YDE-EON------1", "DE_TENNET", "TenneT (Germany)", "Europe/Berlin", AreaKinds.ControlArea);

    /// <summary>TransnetBW (Germany) (<c>DE_TRANSNET</c>): control area; EIC <c>10YDE-ENBW-----N</c>, time zone <c>Europe/Berlin</c>.</summary>
    public static TransparencyArea DeTransnet { get; } = Catalogued("10YDE-ENBW-----N", "DE_TRANSNET", "TransnetBW (Germany)", "Europe/Berlin", AreaKinds.ControlArea);

    /// <summary>Denmark (<c>DK</c>): country; EIC <c>10Y1001A1001A65H</c>, time zone <c>Europe/Copenhagen</c>.</summary>
    public static TransparencyArea Dk { get; } = Catalogued("10Y1001A1001A65H", "DK", "Denmark", "Europe/Copenhagen", AreaKinds.Country);

    /// <summary>Denmark West (DK1) (<c>DK_1</c>): bidding zone, market balance area; EIC <c>10YDK-1--------W</c>, time zone <c>Europe/Copenhagen</c>.</summary>
    public static TransparencyArea Dk1 { get; } = Catalogued("10YDK-1--------W", "DK_1", "Denmark West (DK1)", "Europe/Copenhagen", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea);

    /// <summary>DK1-NO1 (<c>DK_1_NO_1</c>): bidding zone; EIC <c>46Y000000000007M</c>, time zone <c>Europe/Copenhagen</c>.</summary>
    public static TransparencyArea Dk1No1 { get; } = Catalogued("46Y000000000007M", "DK_1_NO_1", "DK1-NO1", "Europe/Copenhagen", AreaKinds.BiddingZone);

    /// <summary>Denmark East (DK2) (<c>DK_2</c>): bidding zone, market balance area; EIC <c>10YDK-2--------M</c>, time zone <c>Europe/Copenhagen</c>.</summary>
    public static TransparencyArea Dk2 { get; } = Catalogued("10YDK-2--------M", "DK_2", "Denmark East (DK2)", "Europe/Copenhagen", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea);

    /// <summary>Energinet (Denmark) (<c>DK_CA</c>): control area; EIC <c>10Y1001A1001A796</c>, time zone <c>Europe/Copenhagen</c>.</summary>
    public static TransparencyArea DkCa { get; } = Catalogued("10Y1001A1001A796", "DK_CA", "Energinet (Denmark)", "Europe/Copenhagen", AreaKinds.ControlArea);

    /// <summary>Estonia (<c>EE</c>): bidding zone, control area, market balance area, country; EIC <c>10Y1001A1001A39I</c>, time zone <c>Europe/Tallinn</c>.</summary>
    public static TransparencyArea Ee { get; } = Catalogued("10Y1001A1001A39I", "EE", "Estonia", "Europe/Tallinn", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Spain (<c>ES</c>): bidding zone, control area, market balance area, country; EIC <c>10YES-REE------0</c>, time zone <c>Europe/Madrid</c>.</summary>
    public static TransparencyArea Es { get; } = Catalogued("10YES-REE------0", "ES", "Spain", "Europe/Madrid", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Finland (<c>FI</c>): bidding zone, control area, market balance area, country; EIC <c>10YFI-1--------U</c>, time zone <c>Europe/Helsinki</c>.</summary>
    public static TransparencyArea Fi { get; } = Catalogued("10YFI-1--------U", "FI", "Finland", "Europe/Helsinki", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>France (<c>FR</c>): bidding zone, control area, market balance area, country; EIC <c>10YFR-RTE------C</c>, time zone <c>Europe/Paris</c>.</summary>
    public static TransparencyArea Fr { get; } = Catalogued("10YFR-RTE------C", "FR", "France", "Europe/Paris", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Great Britain (<c>GB</c>): bidding zone, control area, market balance area; EIC <c>10YGB----------A</c>, time zone <c>Europe/London</c>.</summary>
    public static TransparencyArea Gb { get; } = Catalogued("10YGB----------A", "GB", "Great Britain", "Europe/London", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea);

    /// <summary>Great Britain (ElecLink) (<c>GB_ELECLINK</c>): bidding zone; EIC <c>11Y0-0000-0265-K</c>, time zone <c>Europe/London</c>.</summary>
    public static TransparencyArea GbEleclink { get; } = Catalogued("11Y0-0000-0265-K", "GB_ELECLINK", "Great Britain (ElecLink)", "Europe/London", AreaKinds.BiddingZone);

    /// <summary>Great Britain (IFA) (<c>GB_IFA</c>): bidding zone; EIC <c>10Y1001C--00098F</c>, time zone <c>Europe/London</c>.</summary>
    public static TransparencyArea GbIfa { get; } = Catalogued("10Y1001C--00098F", "GB_IFA", "Great Britain (IFA)", "Europe/London", AreaKinds.BiddingZone);

    /// <summary>Great Britain (IFA2) (<c>GB_IFA2</c>): bidding zone; EIC <c>17Y0000009369493</c>, time zone <c>Europe/London</c>.</summary>
    public static TransparencyArea GbIfa2 { get; } = Catalogued("17Y0000009369493", "GB_IFA2", "Great Britain (IFA2)", "Europe/London", AreaKinds.BiddingZone);

    // entsoe-py uses Europe/Belfast, a backward-compatibility link that not every tz database ships; Northern Ireland
    // keeps UK time, so Europe/London is the canonical zone.
    /// <summary>Northern Ireland (SONI) (<c>GB_NIR</c>): control area; EIC <c>10Y1001A1001A016</c>, time zone <c>Europe/London</c>.</summary>
    public static TransparencyArea GbNir { get; } = Catalogued("10Y1001A1001A016", "GB_NIR", "Northern Ireland (SONI)", "Europe/London", AreaKinds.ControlArea);

    /// <summary>Georgia (<c>GE</c>): country; EIC <c>10Y1001A1001B012</c>, time zone <c>Asia/Tbilisi</c>.</summary>
    public static TransparencyArea Ge { get; } = Catalogued("10Y1001A1001B012", "GE", "Georgia", "Asia/Tbilisi", AreaKinds.Country);

    /// <summary>Greece (<c>GR</c>): bidding zone, control area, market balance area, country; EIC <c>10YGR-HTSO-----Y</c>, time zone <c>Europe/Athens</c>.</summary>
    public static TransparencyArea Gr { get; } = Catalogued("10YGR-HTSO-----Y", "GR", "Greece", "Europe/Athens", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Croatia (<c>HR</c>): bidding zone, control area, market balance area, country; EIC <c>10YHR-HEP------M</c>, time zone <c>Europe/Zagreb</c>.</summary>
    public static TransparencyArea Hr { get; } = Catalogued("10YHR-HEP------M", "HR", "Croatia", "Europe/Zagreb", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Hungary (<c>HU</c>): bidding zone, control area, market balance area, country; EIC <c>10YHU-MAVIR----U</c>, time zone <c>Europe/Budapest</c>.</summary>
    public static TransparencyArea Hu { get; } = Catalogued("10YHU-MAVIR----U", "HU", "Hungary", "Europe/Budapest", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Ireland (EirGrid) (<c>IE</c>): control area, country; EIC <c>10YIE-1001A00010</c>, time zone <c>Europe/Dublin</c>.</summary>
    public static TransparencyArea Ie { get; } = Catalogued("10YIE-1001A00010", "IE", "Ireland (EirGrid)", "Europe/Dublin", AreaKinds.ControlArea | AreaKinds.Country);

    /// <summary>Ireland (Single Electricity Market) (<c>IE_SEM</c>): bidding zone, market balance area; EIC <c>10Y1001A1001A59C</c>, time zone <c>Europe/Dublin</c>.</summary>
    public static TransparencyArea IeSem { get; } = Catalogued("10Y1001A1001A59C", "IE_SEM", "Ireland (Single Electricity Market)", "Europe/Dublin", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea);

    /// <summary>Iceland (<c>IS</c>): country; EIC <c>10Y1001A1001A958</c>, time zone <c>Atlantic/Reykjavik</c>.</summary>
    public static TransparencyArea Is { get; } = Catalogued("10Y1001A1001A958", "IS", "Iceland", "Atlantic/Reykjavik", AreaKinds.Country);

    /// <summary>Italy (<c>IT</c>): control area, market balance area, country; EIC <c>10YIT-GRTN-----B</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea It { get; } = Catalogued("10YIT-GRTN-----B", "IT", "Italy", "Europe/Rome", AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Italy Brindisi (<c>IT_BRNN</c>): bidding zone; EIC <c>10Y1001A1001A699</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItBrnn { get; } = Catalogued("10Y1001A1001A699", "IT_BRNN", "Italy Brindisi", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy Calabria (<c>IT_CALA</c>): bidding zone; EIC <c>10Y1001C--00096J</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItCala { get; } = Catalogued("10Y1001C--00096J", "IT_CALA", "Italy Calabria", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy Centre-North (<c>IT_CNOR</c>): bidding zone; EIC <c>10Y1001A1001A70O</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItCnor { get; } = Catalogued("10Y1001A1001A70O", "IT_CNOR", "Italy Centre-North", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy Centre-South (<c>IT_CSUD</c>): bidding zone; EIC <c>10Y1001A1001A71M</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItCsud { get; } = Catalogued("10Y1001A1001A71M", "IT_CSUD", "Italy Centre-South", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy Foggia (<c>IT_FOGN</c>): bidding zone; EIC <c>10Y1001A1001A72K</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItFogn { get; } = Catalogued("10Y1001A1001A72K", "IT_FOGN", "Italy Foggia", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy-Greece (<c>IT_GR</c>): bidding zone; EIC <c>10Y1001A1001A66F</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItGr { get; } = Catalogued("10Y1001A1001A66F", "IT_GR", "Italy-Greece", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy Macrozone North (<c>IT_MACRO_NORTH</c>): market balance area; EIC <c>10Y1001A1001A84D</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItMacroNorth { get; } = Catalogued("10Y1001A1001A84D", "IT_MACRO_NORTH", "Italy Macrozone North", "Europe/Rome", AreaKinds.MarketBalanceArea);

    /// <summary>Italy Macrozone South (<c>IT_MACRO_SOUTH</c>): market balance area; EIC <c>10Y1001A1001A85B</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItMacroSouth { get; } = Catalogued("10Y1001A1001A85B", "IT_MACRO_SOUTH", "Italy Macrozone South", "Europe/Rome", AreaKinds.MarketBalanceArea);

    /// <summary>Italy-Malta (<c>IT_MALTA</c>): bidding zone; EIC <c>10Y1001A1001A877</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItMalta { get; } = Catalogued("10Y1001A1001A877", "IT_MALTA", "Italy-Malta", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy North (<c>IT_NORD</c>): bidding zone; EIC <c>10Y1001A1001A73I</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItNord { get; } = Catalogued("10Y1001A1001A73I", "IT_NORD", "Italy North", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy North-Austria (<c>IT_NORD_AT</c>): bidding zone; EIC <c>10Y1001A1001A80L</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItNordAt { get; } = Catalogued("10Y1001A1001A80L", "IT_NORD_AT", "Italy North-Austria", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy North-Switzerland (<c>IT_NORD_CH</c>): bidding zone; EIC <c>10Y1001A1001A68B</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItNordCh { get; } = Catalogued("10Y1001A1001A68B", "IT_NORD_CH", "Italy North-Switzerland", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy North-France (<c>IT_NORD_FR</c>): bidding zone; EIC <c>10Y1001A1001A81J</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItNordFr { get; } = Catalogued("10Y1001A1001A81J", "IT_NORD_FR", "Italy North-France", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy North-Slovenia (<c>IT_NORD_SI</c>): bidding zone; EIC <c>10Y1001A1001A67D</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItNordSi { get; } = Catalogued("10Y1001A1001A67D", "IT_NORD_SI", "Italy North-Slovenia", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy Priolo (<c>IT_PRGP</c>): bidding zone; EIC <c>10Y1001A1001A76C</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItPrgp { get; } = Catalogued("10Y1001A1001A76C", "IT_PRGP", "Italy Priolo", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy Rossano (<c>IT_ROSN</c>): bidding zone; EIC <c>10Y1001A1001A77A</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItRosn { get; } = Catalogued("10Y1001A1001A77A", "IT_ROSN", "Italy Rossano", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy SACO AC (<c>IT_SACO_AC</c>): bidding zone; EIC <c>10Y1001A1001A885</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItSacoAc { get; } = Catalogued("10Y1001A1001A885", "IT_SACO_AC", "Italy SACO AC", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy SACO DC (<c>IT_SACO_DC</c>): bidding zone; EIC <c>10Y1001A1001A893</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItSacoDc { get; } = Catalogued("10Y1001A1001A893", "IT_SACO_DC", "Italy SACO DC", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy Sardinia (<c>IT_SARD</c>): bidding zone; EIC <c>10Y1001A1001A74G</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItSard { get; } = Catalogued("10Y1001A1001A74G", "IT_SARD", "Italy Sardinia", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy Sicily (<c>IT_SICI</c>): bidding zone; EIC <c>10Y1001A1001A75E</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItSici { get; } = Catalogued("10Y1001A1001A75E", "IT_SICI", "Italy Sicily", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Italy South (<c>IT_SUD</c>): bidding zone; EIC <c>10Y1001A1001A788</c>, time zone <c>Europe/Rome</c>.</summary>
    public static TransparencyArea ItSud { get; } = Catalogued("10Y1001A1001A788", "IT_SUD", "Italy South", "Europe/Rome", AreaKinds.BiddingZone);

    /// <summary>Lithuania (<c>LT</c>): bidding zone, control area, market balance area, country; EIC <c>10YLT-1001A0008Q</c>, time zone <c>Europe/Vilnius</c>.</summary>
    public static TransparencyArea Lt { get; } = Catalogued("10YLT-1001A0008Q", "LT", "Lithuania", "Europe/Vilnius", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Luxembourg (Creos) (<c>LU</c>): control area, country; EIC <c>10YLU-CEGEDEL-NQ</c>, time zone <c>Europe/Luxembourg</c>.</summary>
    public static TransparencyArea Lu { get; } = Catalogued("10YLU-CEGEDEL-NQ", "LU", "Luxembourg (Creos)", "Europe/Luxembourg", AreaKinds.ControlArea | AreaKinds.Country);

    /// <summary>Latvia (<c>LV</c>): bidding zone, control area, market balance area, country; EIC <c>10YLV-1001A00074</c>, time zone <c>Europe/Riga</c>.</summary>
    public static TransparencyArea Lv { get; } = Catalogued("10YLV-1001A00074", "LV", "Latvia", "Europe/Riga", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Moldova (<c>MD</c>): bidding zone, control area, market balance area, country; EIC <c>10Y1001A1001A990</c>, time zone <c>Europe/Chisinau</c>.</summary>
    public static TransparencyArea Md { get; } = Catalogued("10Y1001A1001A990", "MD", "Moldova", "Europe/Chisinau", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Montenegro (<c>ME</c>): bidding zone, control area, market balance area, country; EIC <c>10YCS-CG-TSO---S</c>, time zone <c>Europe/Podgorica</c>.</summary>
    public static TransparencyArea Me { get; } = Catalogued("10YCS-CG-TSO---S", "ME", "Montenegro", "Europe/Podgorica", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>North Macedonia (<c>MK</c>): bidding zone, control area, market balance area, country; EIC <c>10YMK-MEPSO----8</c>, time zone <c>Europe/Skopje</c>.</summary>
    public static TransparencyArea Mk { get; } = Catalogued("10YMK-MEPSO----8", "MK", "North Macedonia", "Europe/Skopje", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Malta (<c>MT</c>): bidding zone, control area, market balance area, country; EIC <c>10Y1001A1001A93C</c>, time zone <c>Europe/Malta</c>.</summary>
    public static TransparencyArea Mt { get; } = Catalogued("10Y1001A1001A93C", "MT", "Malta", "Europe/Malta", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Netherlands (<c>NL</c>): bidding zone, control area, market balance area, country; EIC <c>10YNL----------L</c>, time zone <c>Europe/Amsterdam</c>.</summary>
    public static TransparencyArea Nl { get; } = Catalogued("10YNL----------L", "NL", "Netherlands", "Europe/Amsterdam", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Norway (<c>NO</c>): control area, market balance area, country; EIC <c>10YNO-0--------C</c>, time zone <c>Europe/Oslo</c>.</summary>
    public static TransparencyArea No { get; } = Catalogued("10YNO-0--------C", "NO", "Norway", "Europe/Oslo", AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Norway NO1 (<c>NO_1</c>): bidding zone, market balance area; EIC <c>10YNO-1--------2</c>, time zone <c>Europe/Oslo</c>.</summary>
    public static TransparencyArea No1 { get; } = Catalogued("10YNO-1--------2", "NO_1", "Norway NO1", "Europe/Oslo", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea);

    /// <summary>Norway NO1A (<c>NO_1A</c>): bidding zone; EIC <c>10Y1001A1001A64J</c>, time zone <c>Europe/Oslo</c>.</summary>
    public static TransparencyArea No1A { get; } = Catalogued("10Y1001A1001A64J", "NO_1A", "Norway NO1A", "Europe/Oslo", AreaKinds.BiddingZone);

    /// <summary>Norway NO2 (<c>NO_2</c>): bidding zone, market balance area; EIC <c>10YNO-2--------T</c>, time zone <c>Europe/Oslo</c>.</summary>
    public static TransparencyArea No2 { get; } = Catalogued("10YNO-2--------T", "NO_2", "Norway NO2", "Europe/Oslo", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea);

    /// <summary>Norway NO2A (<c>NO_2A</c>): bidding zone; EIC <c>10Y1001C--001219</c>, time zone <c>Europe/Oslo</c>.</summary>
    public static TransparencyArea No2A { get; } = Catalogued("10Y1001C--001219", "NO_2A", "Norway NO2A", "Europe/Oslo", AreaKinds.BiddingZone);

    /// <summary>Norway NO2 (North Sea Link) (<c>NO_2_NSL</c>): bidding zone, market balance area; EIC <c>50Y0JVU59B4JWQCU</c>, time zone <c>Europe/Oslo</c>.</summary>
    public static TransparencyArea No2Nsl { get; } = Catalogued("50Y0JVU59B4JWQCU", "NO_2_NSL", "Norway NO2 (North Sea Link)", "Europe/Oslo", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea);

    /// <summary>Norway NO3 (<c>NO_3</c>): bidding zone, market balance area; EIC <c>10YNO-3--------J</c>, time zone <c>Europe/Oslo</c>.</summary>
    public static TransparencyArea No3 { get; } = Catalogued("10YNO-3--------J", "NO_3", "Norway NO3", "Europe/Oslo", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea);

    /// <summary>Norway NO4 (<c>NO_4</c>): bidding zone, market balance area; EIC <c>10YNO-4--------9</c>, time zone <c>Europe/Oslo</c>.</summary>
    public static TransparencyArea No4 { get; } = Catalogued("10YNO-4--------9", "NO_4", "Norway NO4", "Europe/Oslo", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea);

    /// <summary>Norway NO5 (<c>NO_5</c>): bidding zone, market balance area; EIC <c>10Y1001A1001A48H</c>, time zone <c>Europe/Oslo</c>.</summary>
    public static TransparencyArea No5 { get; } = Catalogued("10Y1001A1001A48H", "NO_5", "Norway NO5", "Europe/Oslo", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea);

    /// <summary>Poland (<c>PL</c>): bidding zone, bidding zone aggregation, control area, market balance area, country; EIC <c>10YPL-AREA-----S</c>, time zone <c>Europe/Warsaw</c>.</summary>
    public static TransparencyArea Pl { get; } = Catalogued("10YPL-AREA-----S", "PL", "Poland", "Europe/Warsaw", AreaKinds.BiddingZone | AreaKinds.BiddingZoneAggregation | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Poland-Czechia (<c>PL_CZ</c>): bidding zone aggregation, control area; EIC <c>10YDOM-1001A082L</c>, time zone <c>Europe/Warsaw</c>.</summary>
    public static TransparencyArea PlCz { get; } = Catalogued("10YDOM-1001A082L", "PL_CZ", "Poland-Czechia", "Europe/Warsaw", AreaKinds.BiddingZoneAggregation | AreaKinds.ControlArea);

    /// <summary>Portugal (<c>PT</c>): bidding zone, control area, market balance area, country; EIC <c>10YPT-REN------W</c>, time zone <c>Europe/Lisbon</c>.</summary>
    public static TransparencyArea Pt { get; } = Catalogued("10YPT-REN------W", "PT", "Portugal", "Europe/Lisbon", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Romania (<c>RO</c>): bidding zone, control area, market balance area, country; EIC <c>10YRO-TEL------P</c>, time zone <c>Europe/Bucharest</c>.</summary>
    public static TransparencyArea Ro { get; } = Catalogued("10YRO-TEL------P", "RO", "Romania", "Europe/Bucharest", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Serbia (<c>RS</c>): bidding zone, control area, market balance area, country; EIC <c>10YCS-SERBIATSOV</c>, time zone <c>Europe/Belgrade</c>.</summary>
    public static TransparencyArea Rs { get; } = Catalogued("10YCS-SERBIATSOV", "RS", "Serbia", "Europe/Belgrade", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Russia (<c>RU</c>): bidding zone, control area, market balance area, country; EIC <c>10Y1001A1001A49F</c>, time zone <c>Europe/Moscow</c>.</summary>
    public static TransparencyArea Ru { get; } = Catalogued("10Y1001A1001A49F", "RU", "Russia", "Europe/Moscow", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Kaliningrad (<c>RU_KGD</c>): bidding zone, control area, market balance area; EIC <c>10Y1001A1001A50U</c>, time zone <c>Europe/Kaliningrad</c>.</summary>
    public static TransparencyArea RuKgd { get; } = Catalogued("10Y1001A1001A50U", "RU_KGD", "Kaliningrad", "Europe/Kaliningrad", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea);

    /// <summary>Sweden (<c>SE</c>): control area, market balance area, country; EIC <c>10YSE-1--------K</c>, time zone <c>Europe/Stockholm</c>.</summary>
    public static TransparencyArea Se { get; } = Catalogued("10YSE-1--------K", "SE", "Sweden", "Europe/Stockholm", AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Sweden SE1 (<c>SE_1</c>): bidding zone, market balance area; EIC <c>10Y1001A1001A44P</c>, time zone <c>Europe/Stockholm</c>.</summary>
    public static TransparencyArea Se1 { get; } = Catalogued("10Y1001A1001A44P", "SE_1", "Sweden SE1", "Europe/Stockholm", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea);

    /// <summary>Sweden SE2 (<c>SE_2</c>): bidding zone, market balance area; EIC <c>10Y1001A1001A45N</c>, time zone <c>Europe/Stockholm</c>.</summary>
    public static TransparencyArea Se2 { get; } = Catalogued("10Y1001A1001A45N", "SE_2", "Sweden SE2", "Europe/Stockholm", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea);

    /// <summary>Sweden SE3 (<c>SE_3</c>): bidding zone, market balance area; EIC <c>10Y1001A1001A46L</c>, time zone <c>Europe/Stockholm</c>.</summary>
    public static TransparencyArea Se3 { get; } = Catalogued("10Y1001A1001A46L", "SE_3", "Sweden SE3", "Europe/Stockholm", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea);

    /// <summary>Sweden SE4 (<c>SE_4</c>): bidding zone, market balance area; EIC <c>10Y1001A1001A47J</c>, time zone <c>Europe/Stockholm</c>.</summary>
    public static TransparencyArea Se4 { get; } = Catalogued("10Y1001A1001A47J", "SE_4", "Sweden SE4", "Europe/Stockholm", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea);

    /// <summary>Slovenia (<c>SI</c>): bidding zone, control area, market balance area, country; EIC <c>10YSI-ELES-----O</c>, time zone <c>Europe/Ljubljana</c>.</summary>
    public static TransparencyArea Si { get; } = Catalogued("10YSI-ELES-----O", "SI", "Slovenia", "Europe/Ljubljana", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Slovakia (<c>SK</c>): bidding zone, control area, market balance area, country; EIC <c>10YSK-SEPS-----K</c>, time zone <c>Europe/Bratislava</c>.</summary>
    public static TransparencyArea Sk { get; } = Catalogued("10YSK-SEPS-----K", "SK", "Slovakia", "Europe/Bratislava", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Türkiye (<c>TR</c>): bidding zone, control area, market balance area, country; EIC <c>10YTR-TEIAS----W</c>, time zone <c>Europe/Istanbul</c>.</summary>
    public static TransparencyArea Tr { get; } = Catalogued("10YTR-TEIAS----W", "TR", "Türkiye", "Europe/Istanbul", AreaKinds.BiddingZone | AreaKinds.ControlArea | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    // Europe/Kyiv is the tz database's canonical name since 2022b; Europe/Kiev is only a backward link.
    /// <summary>Ukraine (<c>UA</c>): bidding zone, market balance area, country; EIC <c>10Y1001C--00003F</c>, time zone <c>Europe/Kyiv</c>.</summary>
    public static TransparencyArea Ua { get; } = Catalogued("10Y1001C--00003F", "UA", "Ukraine", "Europe/Kyiv", AreaKinds.BiddingZone | AreaKinds.MarketBalanceArea | AreaKinds.Country);

    /// <summary>Ukraine Burshtyn energy island (<c>UA_BEI</c>): control area; EIC <c>10YUA-WEPS-----0</c>, time zone <c>Europe/Kyiv</c>.</summary>
    public static TransparencyArea UaBei { get; } = Catalogued("10YUA-WEPS-----0", "UA_BEI", "Ukraine Burshtyn energy island", "Europe/Kyiv", AreaKinds.ControlArea);

    /// <summary>Ukraine DobTPP (<c>UA_DOBTPP</c>): control area; EIC <c>10Y1001A1001A869</c>, time zone <c>Europe/Kyiv</c>.</summary>
    public static TransparencyArea UaDobTpp { get; } = Catalogued("10Y1001A1001A869", "UA_DOBTPP", "Ukraine DobTPP", "Europe/Kyiv", AreaKinds.ControlArea);

    /// <summary>Ukraine IPS (<c>UA_IPS</c>): control area; EIC <c>10Y1001C--000182</c>, time zone <c>Europe/Kyiv</c>.</summary>
    public static TransparencyArea UaIps { get; } = Catalogued("10Y1001C--000182", "UA_IPS", "Ukraine IPS", "Europe/Kyiv", AreaKinds.ControlArea);

    /// <summary>United Kingdom (<c>UK</c>): country; EIC <c>10Y1001A1001A92E</c>, time zone <c>Europe/London</c>.</summary>
    public static TransparencyArea Uk { get; } = Catalogued("10Y1001A1001A92E", "UK", "United Kingdom", "Europe/London", AreaKinds.Country);

    // entsoe-py uses Europe/Rome; Kosovo keeps Central European Time like its neighbours, and CLDR maps XK to
    // Europe/Belgrade, which gives the same offsets without pointing at another country.
    /// <summary>Kosovo (<c>XK</c>): bidding zone, control area; EIC <c>10Y1001C--00100H</c>, time zone <c>Europe/Belgrade</c>.</summary>
    public static TransparencyArea Xk { get; } = Catalogued("10Y1001C--00100H", "XK", "Kosovo", "Europe/Belgrade", AreaKinds.BiddingZone | AreaKinds.ControlArea);

    private static readonly ReadOnlyCollection<TransparencyArea> AllAreas = Array.AsReadOnly<TransparencyArea>(
    [
        Al,
        At,
        Ba,
        Be,
        Bg,
        By,
        Ch,
        Cwe,
        Cy,
        Cz,
        CzDeSk,
        De,
        De50Hz,
        DeAmprion,
        DeAmpLu,
        DeAtLu,
        DeLu,
        DeTennet,
        DeTransnet,
        Dk,
        Dk1,
        Dk1No1,
        Dk2,
        DkCa,
        Ee,
        Es,
        Fi,
        Fr,
        Gb,
        GbEleclink,
        GbIfa,
        GbIfa2,
        GbNir,
        Ge,
        Gr,
        Hr,
        Hu,
        Ie,
        IeSem,
        Is,
        It,
        ItBrnn,
        ItCala,
        ItCnor,
        ItCsud,
        ItFogn,
        ItGr,
        ItMacroNorth,
        ItMacroSouth,
        ItMalta,
        ItNord,
        ItNordAt,
        ItNordCh,
        ItNordFr,
        ItNordSi,
        ItPrgp,
        ItRosn,
        ItSacoAc,
        ItSacoDc,
        ItSard,
        ItSici,
        ItSud,
        Lt,
        Lu,
        Lv,
        Md,
        Me,
        Mk,
        Mt,
        Nl,
        No,
        No1,
        No1A,
        No2,
        No2A,
        No2Nsl,
        No3,
        No4,
        No5,
        Pl,
        PlCz,
        Pt,
        Ro,
        Rs,
        Ru,
        RuKgd,
        Se,
        Se1,
        Se2,
        Se3,
        Se4,
        Si,
        Sk,
        Tr,
        Ua,
        UaBei,
        UaDobTpp,
        UaIps,
        Uk,
        Xk,
    ]);

    private static readonly FrozenDictionary<string, TransparencyArea> ByEic =
        AllAreas.ToFrozenDictionary(area => area.Eic, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, TransparencyArea> ByCode = BuildCodeIndex();

    /// <summary>Every area in the catalogue, ordered by short code.</summary>
    public static IReadOnlyList<TransparencyArea> All => AllAreas;

    /// <summary>
    /// Finds an area by its short code (<c>DE_LU</c>; case and <c>-</c> for <c>_</c> do not matter, so <c>de-lu</c>
    /// works) or by its EIC code (<c>10Y1001A1001A82H</c>).
    /// </summary>
    /// <param name="codeOrEic">A short code or an EIC code.</param>
    /// <param name="area">The area, when found.</param>
    /// <returns>True when the catalogue holds the area.</returns>
    public static bool TryFind([NotNullWhen(true)] string? codeOrEic, [NotNullWhen(true)] out TransparencyArea? area)
    {
        area = null;
        if (string.IsNullOrWhiteSpace(codeOrEic))
        {
            return false;
        }

        var key = codeOrEic.Trim().ToUpperInvariant();
        return ByEic.TryGetValue(key, out area) || ByCode.TryGetValue(key.Replace('-', '_'), out area);
    }

    /// <summary>Finds an area by its short code or EIC code, as <see cref="TryFind"/> does, or throws.</summary>
    /// <param name="codeOrEic">A short code or an EIC code.</param>
    /// <returns>The area.</returns>
    /// <exception cref="ArgumentException">The catalogue holds no such area.</exception>
    public static TransparencyArea Find(string codeOrEic)
    {
        ArgumentNullException.ThrowIfNull(codeOrEic);
        if (TryFind(codeOrEic, out var area))
        {
            return area;
        }

        throw new ArgumentException(
            $"{EicCode.Describe(codeOrEic.Trim())} is not an area in the catalogue. Use a short code such as DE_LU, FR or NL, or an EIC code; TransparencyAreas.All lists them. For an area that is not listed, pass its EIC code to ResolveEic or create a TransparencyArea.",
            nameof(codeOrEic));
    }

    /// <summary>
    /// Returns the EIC code to send for <paramref name="codeOrEic"/>: the catalogue's code for a known short code or
    /// EIC, otherwise the value itself once it passes the EIC checks (length, characters, check character), so areas
    /// missing from the catalogue stay usable.
    /// </summary>
    /// <param name="codeOrEic">A short code such as <c>DE_LU</c>, or any EIC code.</param>
    /// <returns>The EIC code, upper case.</returns>
    /// <exception cref="ArgumentException">The value is neither a known short code nor a valid EIC code; the message says why.</exception>
    public static string ResolveEic(string codeOrEic)
    {
        ArgumentNullException.ThrowIfNull(codeOrEic);
        if (TryFind(codeOrEic, out var area))
        {
            return area.Eic;
        }

        var candidate = codeOrEic.Trim().ToUpperInvariant();
        if (EicCode.Explain(candidate) is not { } problem)
        {
            return candidate;
        }

        throw new ArgumentException(
            $"{EicCode.Describe(codeOrEic.Trim())} is neither a known area code (such as DE_LU; see TransparencyAreas.All) nor an EIC code: {problem}",
            nameof(codeOrEic));
    }

    private static TransparencyArea Catalogued(string eic, string code, string displayName, string timeZoneId, AreaKinds kinds) =>
        new(eic, code, displayName, timeZoneId, kinds, timeZone: null);

    private static FrozenDictionary<string, TransparencyArea> BuildCodeIndex()
    {
        var codes = AllAreas.ToDictionary(area => area.Code, StringComparer.Ordinal);

        // entsoe-py gives two of its names to an EIC that another name already holds; they resolve to the same area
        // here so that its scripts translate without surprises.
        codes.Add("LU_BZN", DeLu);
        codes.Add("NIE", GbNir);
        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
