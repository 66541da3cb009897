namespace Attribution.Tests.Robustness;

/// <summary>
/// Each thread reuses one workspace (lists, sets, a string pool) from call to call. Whatever one call leaves in it
/// must not reach the next: attributing the corpus articles one after another on one thread, in two different orders
/// and with a huge text in between (which is too large to keep), must give each article what a fresh thread gives.
/// </summary>
public sealed class WorkspaceReuseTests
{
    [Fact]
    public void Consecutive_calls_on_one_thread_give_what_a_fresh_thread_gives()
    {
        var texts = Directory.GetFiles(CorpusFiles.Directory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var attributor = new QuoteAttributor();
        var fresh = texts.Select(text => RunOnNewThread(() => ResultSnapshot.Of(attributor.Attribute(text)))).ToArray();
        var huge = string.Concat(Enumerable.Repeat(string.Join("\n", texts), 12));

        var (forward, backward) = RunOnNewThread(() =>
        {
            var forward = texts.Select(text => ResultSnapshot.Of(attributor.Attribute(text))).ToArray();
            _ = attributor.Attribute(huge);
            var backward = texts.Reverse().Select(text => ResultSnapshot.Of(attributor.Attribute(text))).Reverse().ToArray();
            return (forward, backward);
        });

        for (var i = 0; i < texts.Length; i++)
        {
            fresh[i].AssertEqual(forward[i]);
            fresh[i].AssertEqual(backward[i]);
        }
    }

    [Fact]
    public void A_result_is_not_changed_by_later_calls_on_the_same_thread()
    {
        var attributor = new QuoteAttributor();
        var text = File.ReadAllText(Path.Combine(CorpusFiles.Directory, "paris-talks.txt"));
        var first = attributor.Attribute(text);
        var before = ResultSnapshot.Of(first);

        foreach (var other in Directory.GetFiles(CorpusFiles.Directory, "*.txt"))
        {
            _ = attributor.Attribute(File.ReadAllText(other));
        }

        before.AssertEqual(ResultSnapshot.Of(first));
    }

    private static T RunOnNewThread<T>(Func<T> work)
    {
        // A new thread has no workspace yet; an exception there is carried back rather than ending the test process.
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("The work failed on its thread.", failure);
    }
}
