package dev.nnscript.dsl.data;

/** Rows of a data file, one at a time, as {@link ScriptData} loads them: {@link CsvRowReader} or {@link SimpleCsvRows}. */
interface DataRowSource {

    /** Reads the next good row's inputs and targets; false at the end (or where reading stops). */
    boolean next(double[] inputs, double[] targets);

    /** The line the last row read starts on. */
    long line();

    /** How many characters of the file come before the last row read (after a byte-order mark). */
    long charactersBefore();

    /** True when {@link #next} returned false at a row it would not read, before the end of the file. */
    boolean stoppedEarly();
}
