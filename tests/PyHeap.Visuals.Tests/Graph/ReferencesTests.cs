using PyHeap.Visuals.Graph;

namespace PyHeap.Visuals.Tests.Graph;

public sealed class ReferencesTests
{
    [Fact]
    public void A_list_subclass_instance_shows_its_items_and_its_attributes()
    {
        var interp = Heaps.Run("class L(list):\n    pass\nitem = object()\nl = L([item])\nl.tag = item");
        using (interp.Enter())
        {
            var item = Heaps.Global(interp, "item");
            var edges = References.Of(Heaps.Global(interp, "l")).ToList();
            Assert.Contains(("[0]", item), edges);
            Assert.Contains((".tag", item), edges);
        }
    }

    [Fact]
    public void A_str_subclass_instance_shows_its_attributes_only()
    {
        var interp = Heaps.Run("class S(str):\n    pass\nitem = object()\ns = S('text')\ns.note = item");
        using (interp.Enter())
        {
            var edges = References.Of(Heaps.Global(interp, "s")).ToList();
            Assert.Equal([(".note", Heaps.Global(interp, "item"))], edges);
        }
    }
}
