/**
 * A loaded script: the core network, unknown masks (row-major [outputs][inputs] like the layers),
 * data source, typed training settings (null = not given), requests and the source's comments (by
 * the canonical line they belong to); mapped to core types on demand.
 */
package dev.nnscript.dsl.script;
