/**
 * A loaded script, the pipeline's result: the core network, unknown masks (row-major
 * [outputs][inputs] like the layers) and how they are drawn, data source, typed training settings
 * (null = not given), requests and the source's comments (by the canonical line they belong to);
 * mapped to core types on demand. Depends on no pass, so a script can be used, changed and
 * printed without them.
 */
package dev.nnscript.dsl.script;
