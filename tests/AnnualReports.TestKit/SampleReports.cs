using AnnualReports.Reports;

namespace AnnualReports.TestKit;

/// <summary>Reports built in code, independent of any parser: the seed transcribed by hand, and helpers around it.</summary>
public static partial class SampleReports
{
    /// <summary>威县人民政府办公室 2021年政府信息公开工作年度报告, every number and paragraph of the seed.</summary>
    public static AnnualReport Weixian2021() => new(
        LayoutVersion.V2021,
        new ReportMetadata(
            new Agency("weixian-gov-office", "威县人民政府办公室", AgencyKind.Department, "河北省邢台市威县", "130533"),
            2021,
            new DateOnly(2022, 1, 20),
            "威县人民政府办公室",
            new Contact("0319—6167017", "xtwx6167017@163.com", null, "http://www.weixian.gov.cn")),
        ValueList.Of(
            "2021年，县政府办公室以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于政务公开工作决策部署和省、市以及县委、县政府工作安排，紧扣“十四五”开好局、起好步，积极保障公众知情权和监督权，各乡镇、各部门规范工作程序，拓展公开深度，加大主动公开工作力度，全面提升政务公开工作的能力和水平。"),
        new NarrativeSection(ValueList.Of(
            new NarrativeBlock("（一）规范主动公开工作", ValueList.Of(
                "认真贯彻落实政府信息公开《条例》，坚持“公开为常态、不公开为例外”原则，建立健全制度，召开培训会，加大政府信息主动公开力度，不断提升政务公开生命力。积极按照上级工作要求，设置了机构信息、政策文件、预决算公开、人大代表政协委员提案办理、规划信息、市场管理、坚决打赢疫情防控阻击战、信息公开年报等栏目集中展示，2021年，我办在政府网站和信息公开平台公开发布机构信息、政策文件、疫情防控等方面政务信息1835条。另外，还通过政务公开栏、报刊、电视台等载体和信息公开查阅点（档案馆、图书馆）等多种方式对政府信息及时进行公开。通过“威县政务”微信公众号发布信息840余条，办结邢台网络问政平台50余件，县长信箱280余件。全年未发生信息公开失泄密情况。")),
            new NarrativeBlock("（二）规范依申请公开工作", ValueList.Of(
                "严格按照新出台的《中华人民共和国信息公开条例》，进一步规范政府信息公开申请办理工作，及时修订全县“依申请办理示范文书”，优化依申请工作流程。全年受理政府信息公开申请3件，答复政府信息公开申请3件，3起依申请公开信息均在规定时间内进行了答复，未引起行政复议或行政诉讼。")),
            new NarrativeBlock("（三）规范政府信息发布工作", ValueList.Of(
                "县政府办公室通过制定《拟发文件政务公开和网站发布保密审查报批表》《政府信息公开指南》以及文件制发、档案管理等机制，健全完善了政府信息制作、获取、保存、处理等方面制度，对政府信息进行全生命周期管理。认真开展区政府规章和规范性文件清理工作，及时立改废。")),
            new NarrativeBlock("（四）规范公开平台建设工作", ValueList.Of(
                "严格按照《邢台市人民政府办公室关于做好当前政务公开工作几项重点工作的通知》要求，切实加强政府信息公开平台建设工作，新增“规划信息”“重大会议”“乡村振兴”“公共文化服务”等栏目。2021年我县各乡镇、各部门公开信息近8000条。")),
            new NarrativeBlock("（五）规范新媒体建设工作", ValueList.Of(
                "着力落实省、市政务新媒体建设文件要求，有序推进我区政务新媒体建设工作，建立政务新媒体监管制度，保障我区政务新媒体健康有序发展。截至目前，全县共建设各类政务新媒体共计45个，其中微信公众号39个、今日头条号1个、抖音号2个、微博2个、移动小程序1个，已全部在国家政务新媒体管理平台和河北省政务新媒体管理平台进行了备案管理。")),
            new NarrativeBlock("（六）规范协调监督机制", ValueList.Of(
                "县政务公开领导小组办公室认真履职，进一步完善了平台建设、业务培训、考核评估、标准化建设等工作机制。县政府办公室对各单位贯彻落实情况进行检查，对工作落实不力的进行通报，并在年度政务公开工作考核中予以扣分，充分调动各乡镇、各部门做好政务公开工作积极性。")))),
        new Table2Of2021(
            Rules: new DocumentCounts(0, 0, 0),
            NormativeDocuments: new DocumentCounts(6, 0, 15),
            LicensingDecisions: 0,
            PunishmentDecisions: 0,
            EnforcementDecisions: 0,
            FeesTenThousandYuan: 0m),
        Weixian2021Table3(),
        Table4.FromCells([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        new NarrativeSection(ValueList.Of(
            new NarrativeBlock(null, ValueList.Of(
                "存在主要问题：一是信息公开的时效性不强。二是政务公开工作人员综合业务能力仍需进一步提高。三是工作创新力度还有待进一步加强。下一步，我县将进一步加大网站平台建设，拓宽公开渠道，深化公开内容，强化公开举措，提高公开实效，有效保障人民群众的知情权、参与权和监督权。一是继续加强政务公开工作制度建设。采取更加有效的措施，不断规范工作程序，创新工作方式，使政务公开工作在制度化、规范化有新的突破。二是加强培训学习。认真学习中央、省、市有关政务公开工作政策性文件及精神。三是加强考核监督。对政务公开工作考核细则进行修改完善，针对贯彻落实政府信息公开条例、“五公开”、解读回应、重点领域信息公开、平台建设、制度建设、组织保障等重点工作，加强日常督导检查，确保各项工作任务落实到位。")))),
        new NarrativeSection(ValueList.Of(
            new NarrativeBlock(null, ValueList.Of(
                "认真贯彻执行国务院办公厅《政府信息公开信息处理费管理办法》和《关于政府信息公开处理费管理有关事项的通知》。2021年县政府办公室未收取信息处理费。")))),
        ValueList.Of(
            "本年度报告由威县人民政府办公室编制。本年报中所列数据的统计期限为2021年1月1日至2021年12月31日。本年报的电子版可在威县政府信息公开平台（http://www.weixian.gov.cn）下载。如对本年报有任何疑问，请与威县人民政府办公室联系，电子邮箱：xtwx6167017@163.com，联系电话：0319—6167017。"));


    /// <summary>
    /// The seed's table 三 exactly as written: applicant columns blank except where the office wrote a number,
    /// the 总计 column filled with 0.
    /// </summary>
    public static Table3 Weixian2021Table3()
    {
        var rows = Table3Layout.V2021.Rows.ToDictionary(
            d => d.Row,
            _ => new ApplicantCounts(null, null, null, null, null, null, 0));
        rows[Table3Row.Received] = new ApplicantCounts(3, null, null, null, null, null, 3);
        rows[Table3Row.UnavailableNotHeld] = new ApplicantCounts(3, null, null, null, null, null, 3);
        rows[Table3Row.Total] = new ApplicantCounts(3, null, null, null, null, null, 3);
        return new Table3(LayoutVersion.V2021, rows);
    }
}

