/**
 * Writing files so that nothing the user had is lost: {@code AtomicFiles} (temporary file, forced
 * to disk, one atomic rename; owner, group and permissions kept), the kinds of targets it writes
 * through ({@code OutputTarget}: regular files, devices, the process's own streams) and the one
 * failure it reports. nnrun's saves, nnrun serve and the Spark module's {@code SparkTrained.save}
 * all go through here. Uses only {@code source} (file error wording).
 */
package dev.nnscript.dsl.files;
