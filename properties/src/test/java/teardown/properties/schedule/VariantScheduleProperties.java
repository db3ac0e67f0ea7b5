package teardown.properties.schedule;

import net.jqwik.api.Group;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.toolstack.Toolstack;

/**
 * The post's driver x toolstack x disk matrix and, for each toolstack of today, the driver it
 * drives in practice on every standard disk, each running the properties of
 * {@link VariantSchedules} with its own tries, so a violation that only one variant has cannot
 * hide behind the others.
 */
@AddLifecycleHook(value = ExpectedVerdict.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class VariantScheduleProperties {

    @Group
    class StockXend31Healthy extends VariantSchedules {
        StockXend31Healthy() {
            super(Driver.STOCK, Toolstack.XEND31, Disk.HEALTHY);
        }
    }

    @Group
    class StockXend31Hung extends VariantSchedules {
        StockXend31Hung() {
            super(Driver.STOCK, Toolstack.XEND31, Disk.HUNG);
        }
    }

    @Group
    class StockXend31Slow extends VariantSchedules {
        StockXend31Slow() {
            super(Driver.STOCK, Toolstack.XEND31, Disk.SLOW);
        }
    }

    @Group
    class StockXendPatchedHealthy extends VariantSchedules {
        StockXendPatchedHealthy() {
            super(Driver.STOCK, Toolstack.XENDPATCHED, Disk.HEALTHY);
        }
    }

    @Group
    class StockXendPatchedHung extends VariantSchedules {
        StockXendPatchedHung() {
            super(Driver.STOCK, Toolstack.XENDPATCHED, Disk.HUNG);
        }
    }

    @Group
    class StockXendPatchedSlow extends VariantSchedules {
        StockXendPatchedSlow() {
            super(Driver.STOCK, Toolstack.XENDPATCHED, Disk.SLOW);
        }
    }

    @Group
    class UnpatchedXend31Healthy extends VariantSchedules {
        UnpatchedXend31Healthy() {
            super(Driver.UNPATCHED, Toolstack.XEND31, Disk.HEALTHY);
        }
    }

    @Group
    class UnpatchedXend31Hung extends VariantSchedules {
        UnpatchedXend31Hung() {
            super(Driver.UNPATCHED, Toolstack.XEND31, Disk.HUNG);
        }
    }

    @Group
    class UnpatchedXend31Slow extends VariantSchedules {
        UnpatchedXend31Slow() {
            super(Driver.UNPATCHED, Toolstack.XEND31, Disk.SLOW);
        }
    }

    @Group
    class UnpatchedXendPatchedHealthy extends VariantSchedules {
        UnpatchedXendPatchedHealthy() {
            super(Driver.UNPATCHED, Toolstack.XENDPATCHED, Disk.HEALTHY);
        }
    }

    @Group
    class UnpatchedXendPatchedHung extends VariantSchedules {
        UnpatchedXendPatchedHung() {
            super(Driver.UNPATCHED, Toolstack.XENDPATCHED, Disk.HUNG);
        }
    }

    @Group
    class UnpatchedXendPatchedSlow extends VariantSchedules {
        UnpatchedXendPatchedSlow() {
            super(Driver.UNPATCHED, Toolstack.XENDPATCHED, Disk.SLOW);
        }
    }

    @Group
    class PatchedXend31Healthy extends VariantSchedules {
        PatchedXend31Healthy() {
            super(Driver.PATCHED, Toolstack.XEND31, Disk.HEALTHY);
        }
    }

    @Group
    class PatchedXend31Hung extends VariantSchedules {
        PatchedXend31Hung() {
            super(Driver.PATCHED, Toolstack.XEND31, Disk.HUNG);
        }
    }

    @Group
    class PatchedXend31Slow extends VariantSchedules {
        PatchedXend31Slow() {
            super(Driver.PATCHED, Toolstack.XEND31, Disk.SLOW);
        }
    }

    @Group
    class PatchedXendPatchedHealthy extends VariantSchedules {
        PatchedXendPatchedHealthy() {
            super(Driver.PATCHED, Toolstack.XENDPATCHED, Disk.HEALTHY);
        }
    }

    @Group
    class PatchedXendPatchedHung extends VariantSchedules {
        PatchedXendPatchedHung() {
            super(Driver.PATCHED, Toolstack.XENDPATCHED, Disk.HUNG);
        }
    }

    @Group
    class PatchedXendPatchedSlow extends VariantSchedules {
        PatchedXendPatchedSlow() {
            super(Driver.PATCHED, Toolstack.XENDPATCHED, Disk.SLOW);
        }
    }

    @Group
    class UpstreamXend31Healthy extends VariantSchedules {
        UpstreamXend31Healthy() {
            super(Driver.UPSTREAM, Toolstack.XEND31, Disk.HEALTHY);
        }
    }

    @Group
    class UpstreamXend31Hung extends VariantSchedules {
        UpstreamXend31Hung() {
            super(Driver.UPSTREAM, Toolstack.XEND31, Disk.HUNG);
        }
    }

    @Group
    class UpstreamXend31Slow extends VariantSchedules {
        UpstreamXend31Slow() {
            super(Driver.UPSTREAM, Toolstack.XEND31, Disk.SLOW);
        }
    }

    @Group
    class UpstreamXendPatchedHealthy extends VariantSchedules {
        UpstreamXendPatchedHealthy() {
            super(Driver.UPSTREAM, Toolstack.XENDPATCHED, Disk.HEALTHY);
        }
    }

    @Group
    class UpstreamXendPatchedHung extends VariantSchedules {
        UpstreamXendPatchedHung() {
            super(Driver.UPSTREAM, Toolstack.XENDPATCHED, Disk.HUNG);
        }
    }

    @Group
    class UpstreamXendPatchedSlow extends VariantSchedules {
        UpstreamXendPatchedSlow() {
            super(Driver.UPSTREAM, Toolstack.XENDPATCHED, Disk.SLOW);
        }
    }

    @Group
    class UpstreamXlHealthy extends VariantSchedules {
        UpstreamXlHealthy() {
            super(Driver.UPSTREAM, Toolstack.XL, Disk.HEALTHY);
        }
    }

    @Group
    class UpstreamXlHung extends VariantSchedules {
        UpstreamXlHung() {
            super(Driver.UPSTREAM, Toolstack.XL, Disk.HUNG);
        }
    }

    @Group
    class UpstreamXlSlow extends VariantSchedules {
        UpstreamXlSlow() {
            super(Driver.UPSTREAM, Toolstack.XL, Disk.SLOW);
        }
    }

    @Group
    class UpstreamXenopsdClassicHealthy extends VariantSchedules {
        UpstreamXenopsdClassicHealthy() {
            super(Driver.UPSTREAM, Toolstack.XENOPSD_CLASSIC, Disk.HEALTHY);
        }
    }

    @Group
    class UpstreamXenopsdClassicHung extends VariantSchedules {
        UpstreamXenopsdClassicHung() {
            super(Driver.UPSTREAM, Toolstack.XENOPSD_CLASSIC, Disk.HUNG);
        }
    }

    @Group
    class UpstreamXenopsdClassicSlow extends VariantSchedules {
        UpstreamXenopsdClassicSlow() {
            super(Driver.UPSTREAM, Toolstack.XENOPSD_CLASSIC, Disk.SLOW);
        }
    }

    @Group
    class PatchedXenopsdShutdownHealthy extends VariantSchedules {
        PatchedXenopsdShutdownHealthy() {
            super(Driver.PATCHED, Toolstack.XENOPSD_SHUTDOWN, Disk.HEALTHY);
        }
    }

    @Group
    class PatchedXenopsdShutdownHung extends VariantSchedules {
        PatchedXenopsdShutdownHung() {
            super(Driver.PATCHED, Toolstack.XENOPSD_SHUTDOWN, Disk.HUNG);
        }
    }

    @Group
    class PatchedXenopsdShutdownSlow extends VariantSchedules {
        PatchedXenopsdShutdownSlow() {
            super(Driver.PATCHED, Toolstack.XENOPSD_SHUTDOWN, Disk.SLOW);
        }
    }

    @Group
    class ProposedProposedHealthy extends VariantSchedules {
        ProposedProposedHealthy() {
            super(Driver.PROPOSED, Toolstack.PROPOSED, Disk.HEALTHY);
        }
    }

    @Group
    class ProposedProposedHung extends VariantSchedules {
        ProposedProposedHung() {
            super(Driver.PROPOSED, Toolstack.PROPOSED, Disk.HUNG);
        }
    }

    @Group
    class ProposedProposedSlow extends VariantSchedules {
        ProposedProposedSlow() {
            super(Driver.PROPOSED, Toolstack.PROPOSED, Disk.SLOW);
        }
    }
}
