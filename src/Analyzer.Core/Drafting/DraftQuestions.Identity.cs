namespace Analyzer.Core.Drafting;

public static partial class DraftQuestions
{
    /// <summary>Identity: what the design is called. Only <c>id</c> and <c>title</c> are required by the format.</summary>
    public static class Identity
    {
        public static readonly DraftSection Section = new(
            "identity",
            T("Identity", "基本信息"),
            T("the format (proposals/FORMAT.md)", "提案格式（proposals/FORMAT.md）"),
            T("Name the design. Only the id and the title are required; every other question can be answered 'don't know'.",
              "为该设计命名。只有 id 和标题是必填项；其他问题都可以回答“不知道”。"));

        public static readonly Question Id = Q("id",
            T("Id of the proposal (lower-case letters, digits and hyphens, e.g. national-ai-office)",
              "提案的 id（小写字母、数字和连字符，例如 national-ai-office）"),
            T("The id names the proposal in every report, so it must differ from the ids of the other files you assess with it. Required.",
              "id 在每份报告中标识该提案，因此须与一同评估的其他文件的 id 不同。必填。"));

        public static readonly Question Title = Q("title",
            T("Title", "标题"),
            T("The design's name as people read it, e.g. 'National AI Office Act'. Required.",
              "供人阅读的设计名称，例如“国家人工智能办公室法”。必填。"));

        public static readonly Question Summary = Q("summary",
            T("Summary, in a line", "摘要（一行）"),
            T("A free description of the design. No criterion reads it; it is kept for the record.",
              "对该设计的自由描述。没有任何标准读取此项；它仅作记录。"));

        public static readonly Question Year = Q("year",
            T("Year of adoption, or of the proposal", "通过或提出的年份"),
            T("A whole number, e.g. 2024.", "填写整数，例如 2024。"));

        public static readonly Question Sources = Q("sources",
            T("Sources the description rests on", "该描述所依据的资料"),
            T("References a reader can check: laws, articles, official pages.",
              "读者可以核查的参考资料：法律、文章、官方网页。"));

        public static IReadOnlyList<Question> All => [Id, Title, Summary, Year, Sources];
    }
}
