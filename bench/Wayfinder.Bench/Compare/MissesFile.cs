using System.Text;

namespace Wayfinder.Bench.Compare;

/// <summary>
/// Writes <c>{out}/compare-misses-{N}.tsv</c>: every question either system got wrong, with both top entities, so a
/// drop in accuracy can be read question by question.
/// </summary>
internal static class MissesFile
{
    public static string Write(string outFolder, CompareSize size)
    {
        var grader = new AnswerGrader(size.Wayfinder.Owners);
        var text = new StringBuilder("id\tintent\tstyle\tshared name\tquestion\texpected\texpected owner\twayfinder\twayfinder right\tlunr\tlunr right\n");
        foreach (var question in size.Wayfinder.Questions)
        {
            var wayfinder = size.Wayfinder.Tops.GetValueOrDefault(question.Id);
            var lunr = size.Lunr.Tops.GetValueOrDefault(question.Id);
            var (wayfinderRight, lunrRight) = (grader.IsRight(question, wayfinder), grader.IsRight(question, lunr));
            if (!wayfinderRight || !lunrRight)
            {
                text.Append($"{question.Id}\t{question.Intent}\t{question.Style}\t{(question.SharedName ? "yes" : "no")}\t{question.Text}\t{question.ExpectedRef}\t{question.ExpectedOwner}\t")
                    .Append($"{wayfinder ?? "-"}\t{(wayfinderRight ? "yes" : "no")}\t{lunr ?? "-"}\t{(lunrRight ? "yes" : "no")}\n");
            }
        }

        Directory.CreateDirectory(outFolder);
        var path = Path.Combine(outFolder, $"compare-misses-{size.Wayfinder.Entities}.tsv");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
