<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <source>About Timeline Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how a story unfolded over time: entity lanes, partial dates shown at their precision, and the source passage behind every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources of the open database:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>politics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DensityItem</name>
    <message>
        <source>Too many events to show one by one: darker means more. Zoom in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Disputed.&lt;/b&gt; This claim was denied: “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Disputed.&lt;/b&gt; This claim was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(click to show only one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial ({language}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote ({language}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outlet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyRangeNote</name>
    <message>
        <source>No events in this range match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the range to the events the filters show (Home)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitySidebar</name>
    <message>
        <source>Filter entities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only entities whose name contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide every entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check to show an entity&apos;s lane. An event stays visible while any of its entities is shown. Double-click: only this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One lane per entity. Space shows or hides the current one&apos;s lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <source>Governments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({kind}): {count} events with the other filters.
Double-click: show only this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {count} events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventExport</name>
    <message>
        <source>Export events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} events to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed: a party denied this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTip</name>
    <message>
        <source>Category: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed: a party denied this claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCanvas</name>
    <message>
        <source>the first {shown} of {total} lanes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Custom width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit height to content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset fixes the size; the time range is the one on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1x: the size of the view; 2x: twice the pixels, for slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout &amp;height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pixel width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, summaries, quotes…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search. Enter steps to the next match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide non-matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide events that do not match the search (else dim them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide events by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only claims that someone denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories ({shown}/{total})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline databases ({globs})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline files ({globs})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>unknown image format {suffix!r}; use {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the timeline image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportAction</name>
    <message>
        <source>Import timeline files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into database (a new file, or an existing one to add to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; {name} left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import timeline file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a {label} file, not a timeline database.

Import its events into a new database, {db}, beside it, and open that?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Where…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneAxis</name>
    <message>
        <source>(no entity)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline Explorer stays in {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline Explorer will be in {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>disputed (hollow, hatched)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadPreview</name>
    <message>
        <source>reading all events: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline shows a sample until every event is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading and go back to the database shown before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Opening database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}: {done} of {total} events read…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LongJob</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Still opening a database: wait, or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name} was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — Timeline Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Bundled Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Vie&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what is on screen as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the filtered events as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the view as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the range to the events the filters show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Timeline Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open timeline database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPlot</name>
    <message>
        <source>Drag to move the view; drag an edge to resize it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Slide 1920 × 1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social 1200 × 675</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>no filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entities: {count} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: “{text}” ({mode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {list}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>{shown} of {total} events · {lanes} of {all_lanes} lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample of {sample} of {total} events while all are read · {shown} shown · {lanes} lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} broken rows skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} links to missing entities ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes not yet merged into the file are not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>Saved views (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the view to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
