package dev.nnscript.dsl.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Anchors are values: the written-out equals and hashCode keep every component. */
class CommentAnchorTest {

    @Test
    void anchorsWithTheSameComponentsAreEqual() {
        assertEquals(CommentAnchor.node(1, 2), new CommentAnchor(CommentAnchor.Kind.NODE, 1, 2));
        assertEquals(CommentAnchor.node(1, 2).hashCode(), new CommentAnchor(CommentAnchor.Kind.NODE, 1, 2).hashCode());
    }

    @Test
    void eachComponentTellsAnchorsApart() {
        CommentAnchor node = CommentAnchor.node(1, 2);
        assertNotEquals(node, new CommentAnchor(CommentAnchor.Kind.LAYER, 1, 2));
        assertNotEquals(node, CommentAnchor.node(0, 2));
        assertNotEquals(node, CommentAnchor.node(1, 3));
        assertNotEquals(node, null);
        assertNotEquals(CommentAnchor.layer(1), CommentAnchor.layerBreak(1));
    }
}
