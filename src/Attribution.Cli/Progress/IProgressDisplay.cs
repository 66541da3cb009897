namespace Attribution.Cli.Progress;

/// <summary>Shows how far a batch has got, on the writer thread of the batch.</summary>
internal interface IProgressDisplay
{
    /// <summary>One more input has been written.</summary>
    void Advance();

    /// <summary>Takes the display off the screen so that a message can be written on standard error.</summary>
    void Hide();

    /// <summary>The batch is over: leaves the screen as it was before the batch.</summary>
    void Finish();
}
