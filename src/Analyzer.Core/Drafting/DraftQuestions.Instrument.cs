using Analyzer.Core.Proposals;

namespace Analyzer.Core.Drafting;

public static partial class DraftQuestions
{
    /// <summary>The instrument: what the issuer adopts, its force, addressees, reach and enforcement.</summary>
    public static class Instrument
    {
        public static readonly DraftSection Section = new(
            "instrument",
            T("The instrument", "文书"),
            T("Erman & Furendal (2024); Veale, Matus & Gorwa (2023)", "Erman & Furendal（2024）；Veale、Matus & Gorwa（2023）"),
            T("What the issuer adopts. Erman & Furendal's five modes turn on its kind and on whether it was written for AI; Veale, Matus & Gorwa ask where it applies, whom it reaches and how it is enforced.",
              "发布者通过的文书。Erman & Furendal 的五种模式取决于文书的类型以及它是否专为AI制定；Veale、Matus & Gorwa 则关注它适用于何地、影响到谁以及如何执行。"));

        public static readonly Question Kind = Q("instrument.kind",
            T("What kind of instrument does the issuer adopt?", "发布者通过的是哪类文书？"),
            T("Erman & Furendal (2024): law and policy are the instruments of the modes. Principles, codes of conduct, standards, recommendations and licences are soft law unless they bind. A mandated body whose instrument is a research programme or a partnership, and which takes no policy decision, makes no policy.",
              "Erman & Furendal（2024）：法律和政策是各模式的文书。原则、行为准则、标准、建议和执照除非具有约束力，否则属于软性法律。托管实体的文书若是研究计划或伙伴关系，且不作出政策层面的决策，即不制定政策。"),
            Vocabulary.InstrumentKinds);

        public static readonly Question AiSpecific = Q("instrument.aiSpecific",
            T("Was it written for AI?", "它是专为AI制定的吗？"),
            T("Erman & Furendal (2024): the modes separate general law or policy that also covers AI (modes 1 and 3) from law or policy written for AI (modes 2 and 4). Yes if it was written for AI, no if it is a general rule that also reaches AI.",
              "Erman & Furendal（2024）：各模式区分同样适用于AI的一般性法律或政策（模式1和3）与专为AI制定的法律或政策（模式2和4）。专为AI制定的选“是”，同样适用于AI的一般规则选“否”。"));

        public static readonly Question Binding = Q("instrument.binding",
            T("What legal force does it have on those it addresses?", "它对其适用对象具有何种法律效力？"),
            T("Erman & Furendal (2024): non-binding rules that a private actor sets for others are private soft law, which lacks legitimacy. Veale, Matus & Gorwa (2023) ask whether agreements and industry codes bind at all.",
              "Erman & Furendal（2024）：私人行为体为他人制定的不具约束力的规则属于私人软性法律，不具备合法性。Veale、Matus & Gorwa（2023）追问协议和行业准则究竟有无约束力。"),
            Vocabulary.Bindings);

        public static readonly Question Addressees = Q("instrument.addressees",
            T("Whom is it meant to govern?", "它意在治理谁？"),
            T("Erman & Furendal (2024): the issuer alone (issuer-only), its members, a whole sector, or everyone (public). A private body may bind itself; rules it sets for others need a public mandate.",
              "Erman & Furendal（2024）：仅发布者自身（issuer-only）、其成员（members）、整个行业（sector）或所有人（public）。私人行为体可以约束自身；为他人制定规则则需要公共授权。"),
            Vocabulary.Addressees);

        public static readonly Question Territory = Q("instrument.territory",
            T("Where does it apply?", "它适用于何地？"),
            T("Erman & Furendal (2024) treat AI governance as global, so the public concerned may reach beyond one jurisdiction: national, regional (e.g. the EU) or global.",
              "Erman & Furendal（2024）认为AI治理是全球性的，相关公众可能不限于单一司法辖区：national（国家）、regional（区域，例如欧盟）或 global（全球）。"),
            Vocabulary.Territories);

        public static readonly Question Extraterritorial = Q("instrument.extraterritorial",
            T("Does it reach actors outside the issuer's territory?", "它是否影响发布者辖区以外的行为体？"),
            T("Veale, Matus & Gorwa (2023): some states shape global AI governance through domestic law with effect abroad, as the EU's GDPR does.",
              "Veale、Matus & Gorwa（2023）：有些国家借助具有域外效力的国内立法影响全球AI治理，欧盟的 GDPR 即是一例。"));

        public static readonly Question Enforcement = Q("instrument.enforcement",
            T("How is it enforced?", "如何执行？"),
            T("Veale, Matus & Gorwa (2023): rules without means of enforcement stay on paper. The criteria count licence revocation, fines, sanctions and market withdrawal; other means are kept as written.",
              "Veale、Matus & Gorwa（2023）：没有执行手段的规则只停留在纸面上。评估标准计入吊销执照、罚款、制裁和撤出市场；其他手段按所写内容保留。"),
            [.. Vocabulary.Mechanisms.Where(m => m != "none")]);

        public static readonly Question ReviewCycleYears = Q("instrument.reviewCycleYears",
            T("How often is it reviewed, in years?", "每隔几年审查一次？"),
            T("Roberts, Hine, Taddeo & Floridi (2024): governance has to keep up with fast technical change, and a review cycle is one way to revise it. A number above 0, e.g. 4.",
              "Roberts、Hine、Taddeo & Floridi（2024）：治理须跟上技术的快速变化，定期审查是修订的一种方式。填写大于0的数字，例如 4。"));

        public static readonly Question SystemScope = Q("instrument.systemScope",
            T("Do the rules target general-purpose AI systems, specific ones, or both?", "规则针对通用AI系统、特定用途的系统，还是两者兼有？"),
            T("Veale, Matus & Gorwa (2023): global AI governance is converging on general-purpose systems, and the hard part is amplifying their good uses while curbing the harmful ones.",
              "Veale、Matus & Gorwa（2023）：全球AI治理正向通用系统聚拢，难点在于既要拓展其有益用途，又要遏制有害用途。"),
            Vocabulary.SystemScopes);

        public static readonly Question GpaiProviderObligations = Q("instrument.gpaiProviderObligations",
            T("Does it place obligations on the providers of general-purpose AI?", "它是否对通用AI的供应商设定义务？"),
            T("Veale, Matus & Gorwa (2023): the EU weighed obligations on the upstream providers of general-purpose AI in its AI Act.",
              "Veale、Matus & Gorwa（2023）：欧盟曾在其《人工智能法案》中研究对通用AI上游供应商设定义务。"));

        public static IReadOnlyList<Question> All =>
            [Kind, AiSpecific, Binding, Addressees, Territory, Extraterritorial, Enforcement, ReviewCycleYears, SystemScope, GpaiProviderObligations];
    }
}
