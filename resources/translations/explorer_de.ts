<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <source>About Timeline Explorer</source>
        <translation>Über Timeline Explorer</translation>
    </message>
    <message>
        <source>See how a story unfolded over time: entity lanes, partial dates shown at their precision, and the source passage behind every event.</source>
        <translation>Sehen Sie, wie sich eine Geschichte über die Zeit entwickelt hat: eine Spur je Entität, unvollständige Daten in ihrer Genauigkeit und zu jedem Ereignis die Quellenstelle, auf der es beruht.</translation>
    </message>
    <message>
        <source>Data sources of the open database:</source>
        <translation>Quellen der geöffneten Datenbank:</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>politics</source>
        <translation>Politik</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>Regulierung</translation>
    </message>
    <message>
        <source>trade</source>
        <translation>Handel</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>New Event %1</source>
        <translation>Neues Ereignis %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>New Entity %1</source>
        <translation>Neuer Akteur %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Recolour %1</source>
        <translation>Farbe von %1 ändern</translation>
    </message>
    <message>
        <source>Change Kind of %1</source>
        <translation>Art von %1 ändern</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Add Source %1</source>
        <translation>Quelle %1 hinzufügen</translation>
    </message>
    <message>
        <source>Store Text of %1</source>
        <translation>Text von %1 speichern</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>Lane colour</source>
        <translation>Farbe der Spur</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>JJJJ, JJJJ-MM oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Type the date as precisely as the source gives it: 2023, 2025-01, 2025-01-13, 2025-01-13T14:30Z, -0500 (501 BCE)</source>
        <translation>Das Datum so genau eingeben, wie die Quelle es nennt: 2023, 2025-01, 2025-01-13, 2025-01-13T14:30Z, -0500 (501 v. Chr.)</translation>
    </message>
    <message>
        <source>Pick a day, or its month or year, on a calendar</source>
        <translation>Einen Tag, oder seinen Monat oder sein Jahr, im Kalender wählen</translation>
    </message>
    <message>
        <source>Use the Year</source>
        <translation>Das Jahr nehmen</translation>
    </message>
    <message>
        <source>Use the Month</source>
        <translation>Den Monat nehmen</translation>
    </message>
    <message>
        <source>a date is needed</source>
        <translation>ein Datum fehlt</translation>
    </message>
    <message>
        <source>year precision</source>
        <translation>auf das Jahr genau</translation>
    </message>
    <message>
        <source>month precision</source>
        <translation>auf den Monat genau</translation>
    </message>
    <message>
        <source>day precision</source>
        <translation>auf den Tag genau</translation>
    </message>
    <message>
        <source>hour precision</source>
        <translation>auf die Stunde genau</translation>
    </message>
    <message>
        <source>minute precision</source>
        <translation>auf die Minute genau</translation>
    </message>
    <message>
        <source>second precision</source>
        <translation>auf die Sekunde genau</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>1 CE</source>
        <translation>1 n. Chr.</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{year} BCE</source>
        <translation>{year} v. Chr.</translation>
    </message>
</context>
<context>
    <name>DensityItem</name>
    <message>
        <source>Too many events to show one by one: darker means more. Zoom in.</source>
        <translation>Zu viele Ereignisse, um sie einzeln zu zeigen: je dunkler, desto mehr. Vergrößern Sie die Ansicht.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the table.</source>
        <translation>Wählen Sie ein Ereignis in der Zeitleiste oder in der Tabelle.</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
    <message>
        <source>Reading the event…</source>
        <translation>Das Ereignis wird gelesen…</translation>
    </message>
    <message>
        <source>to the second</source>
        <translation>sekundengenau</translation>
    </message>
    <message>
        <source>to the minute</source>
        <translation>minutengenau</translation>
    </message>
    <message>
        <source>hour known</source>
        <translation>Stunde bekannt</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>genauer Tag</translation>
    </message>
    <message>
        <source>month known</source>
        <translation>Monat bekannt</translation>
    </message>
    <message>
        <source>year known</source>
        <translation>Jahr bekannt</translation>
    </message>
    <message>
        <source>second inferred</source>
        <translation>Sekunde erschlossen</translation>
    </message>
    <message>
        <source>minute inferred</source>
        <translation>Minute erschlossen</translation>
    </message>
    <message>
        <source>hour inferred</source>
        <translation>Stunde erschlossen</translation>
    </message>
    <message>
        <source>day inferred</source>
        <translation>Tag erschlossen</translation>
    </message>
    <message>
        <source>month inferred</source>
        <translation>Monat erschlossen</translation>
    </message>
    <message>
        <source>year inferred</source>
        <translation>Jahr erschlossen</translation>
    </message>
    <message>
        <source>, span</source>
        <translation>, Zeitspanne</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disputed.&lt;/b&gt; This claim was denied: “{quote}”</source>
        <translation>&lt;b&gt;Umstritten.&lt;/b&gt; Diese Behauptung wurde bestritten: „{quote}“</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disputed.&lt;/b&gt; This claim was denied</source>
        <translation>&lt;b&gt;Umstritten.&lt;/b&gt; Diese Behauptung wurde bestritten</translation>
    </message>
    <message>
        <source>(click to show only one)</source>
        <translation>(Klick zeigt nur diese)</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Date note:</source>
        <translation>Zum Datum:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Denial ({language}):</source>
        <translation>Dementi ({language}):</translation>
    </message>
    <message>
        <source>Quote ({language}):</source>
        <translation>Zitat ({language}):</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Unknown outlet</source>
        <translation>Unbekanntes Medium</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>(open in the browser)</source>
        <translation>(öffnen sich im Browser)</translation>
    </message>
</context>
<context>
    <name>EditControl</name>
    <message>
        <source>no database is open</source>
        <translation>keine Datenbank ist geöffnet</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Neues Ereignis…</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>Ereignis &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Event</source>
        <translation>Ereignis d&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete Event…</source>
        <translation>Ereignis &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;Quellen…</translation>
    </message>
    <message>
        <source>En&amp;tities…</source>
        <translation>&amp;Akteure…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy to Edit…</source>
        <translation>&amp;Kopie zum Bearbeiten speichern…</translation>
    </message>
    <message>
        <source>still reading the file</source>
        <translation>die Datei wird noch gelesen</translation>
    </message>
    <message>
        <source>an older schema version: upgrade it to edit</source>
        <translation>eine ältere Schemaversion: zum Bearbeiten aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>View only: %1</source>
        <translation>Nur ansehen: %1</translation>
    </message>
    <message>
        <source>Editing: changes are saved at once</source>
        <translation>Bearbeiten: Änderungen werden sofort gespeichert</translation>
    </message>
    <message>
        <source>Save a copy to edit</source>
        <translation>Kopie zum Bearbeiten speichern</translation>
    </message>
    <message>
        <source>The bundled data is never changed. Save a copy of it and edit the copy?</source>
        <translation>Die mitgelieferten Daten werden nie geändert. Eine Kopie speichern und die Kopie bearbeiten?</translation>
    </message>
    <message>
        <source>Upgrade the database</source>
        <translation>Datenbank aktualisieren</translation>
    </message>
    <message>
        <source>This file is of an older schema version. To edit it, it must be upgraded to version 2 (sources get a text column); older versions of Timeline Explorer will then no longer open it. Upgrade now?</source>
        <translation>Diese Datei hat eine ältere Schemaversion. Zum Bearbeiten muss sie auf Version 2 aktualisiert werden (Quellen erhalten eine Textspalte); ältere Versionen von Timeline Explorer öffnen sie danach nicht mehr. Jetzt aktualisieren?</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Cite in Event</source>
        <translation>Im Ereignis zitieren</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Ereignis löschen</translation>
    </message>
    <message>
        <source>Delete the event “%1”? Edit › Undo brings it back.</source>
        <translation>Das Ereignis „%1“ löschen? Bearbeiten › Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>Bearbeiten nicht möglich</translation>
    </message>
    <message>
        <source>New Event on %1…</source>
        <translation>Neues Ereignis am %1…</translation>
    </message>
    <message>
        <source>New Event for %1 on %2…</source>
        <translation>Neues Ereignis für %1 am %2…</translation>
    </message>
    <message>
        <source>The file was changed by another program: reloaded</source>
        <translation>Die Datei wurde von einem anderen Programm geändert: neu geladen</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Could not save the change</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The change was not saved, and nothing saved before it is lost.</source>
        <translation>Die Änderung wurde nicht gespeichert; nichts zuvor Gespeichertes ging verloren.</translation>
    </message>
</context>
<context>
    <name>EmptyRangeNote</name>
    <message>
        <source>No events in this range match the filters</source>
        <translation>In diesem Zeitraum passt kein Ereignis zu den Filtern</translation>
    </message>
    <message>
        <source>Show all matching</source>
        <translation>Alle passenden zeigen</translation>
    </message>
    <message>
        <source>Fit the range to the events the filters show (Home)</source>
        <translation>Zeitraum an die gefilterten Ereignisse anpassen (Pos1)</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <source>New Entity</source>
        <translation>Neuer Akteur</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
</context>
<context>
    <name>EntityManager</name>
    <message>
        <source>Entities</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Save the new name, kind and colour (undoable)</source>
        <translation>Neuen Namen, Art und Farbe speichern (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Its events name the other entity instead; this one goes</source>
        <translation>Seine Ereignisse nennen stattdessen den anderen Akteur; dieser entfällt</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Named by %1 event(s)</source>
        <translation>In %1 Ereignis(sen) genannt</translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation>Akteure zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>%1 zusammenführen mit:</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>Akteur löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
</context>
<context>
    <name>EntitySidebar</name>
    <message>
        <source>Filter entities…</source>
        <translation>Entitäten filtern…</translation>
    </message>
    <message>
        <source>Show only entities whose name contains this text</source>
        <translation>Nur Entitäten zeigen, deren Name diesen Text enthält</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show every entity</source>
        <translation>Alle Entitäten zeigen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Hide every entity</source>
        <translation>Alle Entitäten ausblenden</translation>
    </message>
    <message>
        <source>Check to show an entity&apos;s lane. An event stays visible while any of its entities is shown. Double-click: only this one.</source>
        <translation>Anhaken zeigt die Spur einer Entität. Ein Ereignis bleibt sichtbar, solange eine seiner Entitäten gezeigt wird. Doppelklick: nur diese.</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>One lane per entity. Space shows or hides the current one&apos;s lane.</source>
        <translation>Eine Spur je Entität. Die Leertaste zeigt oder verbirgt die Spur der aktuellen.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Only this one</source>
        <translation>Nur diese</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Hide all</source>
        <translation>Alle ausblenden</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <source>Governments</source>
        <translation>Regierungen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>government</source>
        <translation>Regierung</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>{name} ({kind}): {count} events with the other filters.
Double-click: show only this one.</source>
        <translation>{name} ({kind}): {count} Ereignisse mit den übrigen Filtern.
Doppelklick: nur diese zeigen.</translation>
    </message>
    <message>
        <source>{name}, {count} events</source>
        <translation>{name}, {count} Ereignisse</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>A short headline, in your own words</source>
        <translation>Eine kurze Überschrift, in eigenen Worten</translation>
    </message>
    <message>
        <source>No more and no less certain than the quotes below</source>
        <translation>Nicht sicherer und nicht unsicherer als die Zitate unten</translation>
    </message>
    <message>
        <source>How the date was worked out, caveats</source>
        <translation>Wie das Datum ermittelt wurde, Vorbehalte</translation>
    </message>
    <message>
        <source>Pick a category or type a new one</source>
        <translation>Eine Kategorie wählen oder eine neue eingeben</translation>
    </message>
    <message>
        <source>Disputed (someone denied it: cite the denial)</source>
        <translation>Umstritten (jemand hat es bestritten: das Dementi zitieren)</translation>
    </message>
    <message>
        <source>New Entity…</source>
        <translation>Neuer Akteur…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Quote (word for word)</source>
        <translation>Zitat (wörtlich)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Add Citation</source>
        <translation>Zitat hinzufügen</translation>
    </message>
    <message>
        <source>Type a quote; better: select it in the source viewer</source>
        <translation>Ein Zitat eingeben; besser: es in der Quellenansicht markieren</translation>
    </message>
    <message>
        <source>Remove Citation</source>
        <translation>Zitat entfernen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>Date &amp;note</source>
        <translation>Datums&amp;hinweis</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>E&amp;ntities</source>
        <translation>&amp;Akteure</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Not verbatim: %1</source>
        <translation>Nicht wörtlich: %1</translation>
    </message>
    <message>
        <source>Found word for word in the source</source>
        <translation>Wörtlich in der Quelle gefunden</translation>
    </message>
</context>
<context>
    <name>EventExport</name>
    <message>
        <source>Export events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>Exporting events</source>
        <translation>Ereignisse werden exportiert</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>{path} konnte nicht geschrieben werden:
{error}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Wrote {count} events to {path}</source>
        <translation>{count} Ereignisse in {path} geschrieben</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Disputed: a party denied this.</source>
        <translation>Umstritten: Eine Seite hat dies bestritten.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>The filtered events; the selected row is selected everywhere</source>
        <translation>Die gefilterten Ereignisse; die ausgewählte Zeile ist überall ausgewählt</translation>
    </message>
</context>
<context>
    <name>EventTip</name>
    <message>
        <source> (inferred: no source gives the date)</source>
        <translation> (erschlossen: keine Quelle nennt das Datum)</translation>
    </message>
    <message>
        <source>Category: {name}</source>
        <translation>Kategorie: {name}</translation>
    </message>
    <message>
        <source>Disputed: a party denied this claim</source>
        <translation>Umstritten: Eine Seite hat diese Behauptung bestritten</translation>
    </message>
</context>
<context>
    <name>ExportCanvas</name>
    <message>
        <source>the first {shown} of {total} lanes</source>
        <translation>die ersten {shown} von {total} Spuren</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Custom width</source>
        <translation>Eigene Breite</translation>
    </message>
    <message>
        <source>Fit height to content</source>
        <translation>Höhe an den Inhalt anpassen</translation>
    </message>
    <message>
        <source>Exact size</source>
        <translation>Genaue Größe</translation>
    </message>
    <message>
        <source>Page below</source>
        <translation>Nach Seitenformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>{format} exportieren</translation>
    </message>
    <message>
        <source>A preset fixes the size; the time range is the one on screen</source>
        <translation>Eine Vorlage legt die Größe fest; der Zeitraum ist der auf dem Bildschirm</translation>
    </message>
    <message>
        <source>1x: the size of the view; 2x: twice the pixels, for slides</source>
        <translation>1x: die Größe der Ansicht; 2x: doppelt so viele Pixel, für Folien</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>Layout &amp;width</source>
        <translation>Layout-&amp;Breite</translation>
    </message>
    <message>
        <source>Layout &amp;height</source>
        <translation>Layout-&amp;Höhe</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>&amp;Skalierung</translation>
    </message>
    <message>
        <source>&amp;Pixel width</source>
        <translation>&amp;Pixelbreite</translation>
    </message>
    <message>
        <source>&amp;Page size</source>
        <translation>&amp;Seitenformat</translation>
    </message>
    <message>
        <source>&amp;Orientation</source>
        <translation>&amp;Ausrichtung</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, summaries, quotes…  (Ctrl+F)</source>
        <translation>Titel, Zusammenfassungen, Zitate durchsuchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Full-text search. Enter steps to the next match.</source>
        <translation>Volltextsuche. Die Eingabetaste springt zum nächsten Treffer.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Hide non-matches</source>
        <translation>Nicht-Treffer ausblenden</translation>
    </message>
    <message>
        <source>Hide events that do not match the search (else dim them)</source>
        <translation>Ereignisse ausblenden, die nicht zur Suche passen (sonst abblenden)</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Show or hide events by category</source>
        <translation>Ereignisse nach Kategorie zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Disputed only</source>
        <translation>Nur umstrittene</translation>
    </message>
    <message>
        <source>Show only claims that someone denied</source>
        <translation>Nur Behauptungen zeigen, die jemand bestritten hat</translation>
    </message>
    <message>
        <source>Categories ({shown}/{total})</source>
        <translation>Kategorien ({shown}/{total})</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Grafik</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Timeline XML</source>
        <translation>Timeline-XML</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>plaso psort output</source>
        <translation>plaso-psort-Ausgabe</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Timeline databases ({globs})</source>
        <translation>Zeitleisten-Datenbanken ({globs})</translation>
    </message>
    <message>
        <source>Timeline files ({globs})</source>
        <translation>Zeitleisten-Dateien ({globs})</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>unknown image format {suffix!r}; use {known}</source>
        <translation>unbekanntes Bildformat {suffix!r}; möglich sind {known}</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>{path} konnte nicht geschrieben werden:
{error}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not read the events for {path}:
{error}</source>
        <translation>Die Ereignisse für {path} konnten nicht gelesen werden:
{error}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <source>Copied the timeline image</source>
        <translation>Bild der Zeitleiste kopiert</translation>
    </message>
</context>
<context>
    <name>ImportAction</name>
    <message>
        <source>Import timeline files</source>
        <translation>Zeitleisten-Dateien importieren</translation>
    </message>
    <message>
        <source>Import into database (a new file, or an existing one to add to)</source>
        <translation>In Datenbank importieren (eine neue Datei oder eine bestehende, die ergänzt wird)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import cancelled; {name} left as it was</source>
        <translation>Import abgebrochen; {name} bleibt unverändert</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import timeline file</source>
        <translation>Zeitleisten-Datei importieren</translation>
    </message>
    <message>
        <source>{file} is a {label} file, not a timeline database.

Import its events into a new database, {db}, beside it, and open that?</source>
        <translation>{file} ist eine {label}-Datei, keine Zeitleisten-Datenbank.

Ihre Ereignisse in eine neue Datenbank {db} daneben importieren und diese öffnen?</translation>
    </message>
    <message>
        <source>Import into {db}</source>
        <translation>In {db} importieren</translation>
    </message>
    <message>
        <source>Choose Where…</source>
        <translation>Ort wählen…</translation>
    </message>
    <message>
        <source>Import into database</source>
        <translation>In Datenbank importieren</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>{imported} events imported into {output} from {files} file(s) in {seconds} s; {rejected} row(s) skipped, {already} already there</source>
        <translation>{imported} Ereignisse aus {files} Datei(en) in {seconds} s nach {output} importiert; {rejected} Zeile(n) übersprungen, {already} schon vorhanden</translation>
    </message>
    <message>
        <source>not imported: {files}</source>
        <translation>nicht importiert: {files}</translation>
    </message>
</context>
<context>
    <name>LaneAxis</name>
    <message>
        <source>(no entity)</source>
        <translation>(keine Entität)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Timeline Explorer stays in {language}.</source>
        <translation>Timeline Explorer bleibt auf {language}.</translation>
    </message>
    <message>
        <source>Timeline Explorer will be in {language} the next time it starts.</source>
        <translation>Timeline Explorer erscheint beim nächsten Start auf {language}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>disputed (hollow, hatched)</source>
        <translation>umstritten (hohl, schraffiert)</translation>
    </message>
    <message>
        <source>date inferred (pale, dotted)</source>
        <translation>Datum erschlossen (blass, gepunktet)</translation>
    </message>
</context>
<context>
    <name>LoadPreview</name>
    <message>
        <source>reading all events: %p%</source>
        <translation>alle Ereignisse werden gelesen: %p%</translation>
    </message>
    <message>
        <source>The timeline shows a sample until every event is read</source>
        <translation>Die Zeitleiste zeigt eine Stichprobe, bis alle Ereignisse gelesen sind</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading and go back to the database shown before</source>
        <translation>Lesen beenden und zur vorher gezeigten Datenbank zurückkehren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Opening database</source>
        <translation>Datenbank wird geöffnet</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Verbindung zu {host} wird hergestellt…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>{why}

API token (kept only while this database is open):</source>
        <translation>{why}

API-Token (nur gespeichert, solange diese Datenbank geöffnet ist):</translation>
    </message>
    <message>
        <source>Opening {name}: {done} of {total} events read…</source>
        <translation>{name} wird geöffnet: {done} von {total} Ereignissen gelesen…</translation>
    </message>
</context>
<context>
    <name>LongJob</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}…</source>
        <translation>{title}: {done} von {total}…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Still opening a database: wait, or cancel it</source>
        <translation>Eine Datenbank wird noch geöffnet: warten oder abbrechen</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opening {name} was cancelled</source>
        <translation>Öffnen von {name} abgebrochen</translation>
    </message>
    <message>
        <source>Could not read: {why}</source>
        <translation>Konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>{title} — {host}, read-only — Timeline Explorer</source>
        <translation>{title} — {host}, schreibgeschützt — Timeline Explorer</translation>
    </message>
    <message>
        <source>{title} — Timeline Explorer</source>
        <translation>{title} — Timeline Explorer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <source>Open a timeline database served by Datasette</source>
        <translation>Eine von Datasette bereitgestellte Zeitleisten-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Data</source>
        <translation>&amp;Mitgelieferte Daten öffnen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Open Vie&amp;w…</source>
        <translation>&amp;Ansicht öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save what is on screen as PNG, SVG or PDF</source>
        <translation>Das Gezeigte als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Save the filtered events as CSV or JSON</source>
        <translation>Die gefilterten Ereignisse als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Copy the view as an image</source>
        <translation>Die Ansicht als Bild kopieren</translation>
    </message>
    <message>
        <source>Export &amp;Image…</source>
        <translation>&amp;Bild exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Events…</source>
        <translation>&amp;Ereignisse exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Pan &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Pan &amp;Right</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>Fit the range to the events the filters show</source>
        <translation>Zeitraum an die gefilterten Ereignisse anpassen</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Show &amp;All Entities</source>
        <translation>Alle &amp;Entitäten zeigen</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;About Timeline Explorer</source>
        <translation>Ü&amp;ber Timeline Explorer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open timeline database</source>
        <translation>Zeitleisten-Datenbank öffnen</translation>
    </message>
</context>
<context>
    <name>OpenUrl</name>
    <message>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <source>Address of a timeline database served by Datasette, such as
{example}
(a token, if the server needs one, comes from TIMELINE_EXPLORER_TOKEN or is asked for):</source>
        <translation>Adresse einer von Datasette bereitgestellten Zeitleisten-Datenbank, etwa
{example}
(ein Token, falls der Server eines verlangt, kommt aus TIMELINE_EXPLORER_TOKEN oder wird abgefragt):</translation>
    </message>
    <message>
        <source>Cannot open URL</source>
        <translation>URL kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{url} is not an http:// or https:// address, such as {example}</source>
        <translation>{url} ist keine http://- oder https://-Adresse wie {example}</translation>
    </message>
</context>
<context>
    <name>OverviewPlot</name>
    <message>
        <source>Drag to move the view; drag an edge to resize it</source>
        <translation>Ziehen verschiebt die Ansicht; Ziehen am Rand ändert ihre Breite</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Slide 1920 × 1080</source>
        <translation>Folie 1920 × 1080</translation>
    </message>
    <message>
        <source>Social 1200 × 675</source>
        <translation>Social Media 1200 × 675</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>no filters</source>
        <translation>keine Filter</translation>
    </message>
    <message>
        <source>entities: {names}</source>
        <translation>Entitäten: {names}</translation>
    </message>
    <message>
        <source>entities: {count} shown</source>
        <translation>Entitäten: {count} gezeigt</translation>
    </message>
    <message>
        <source>categories: {names}</source>
        <translation>Kategorien: {names}</translation>
    </message>
    <message>
        <source>disputed only</source>
        <translation>nur umstrittene</translation>
    </message>
    <message>
        <source>matches only</source>
        <translation>nur Treffer</translation>
    </message>
    <message>
        <source>matches highlighted</source>
        <translation>Treffer hervorgehoben</translation>
    </message>
    <message>
        <source>search: “{text}” ({mode})</source>
        <translation>Suche: „{text}“ ({mode})</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>unbekannte Quelle</translation>
    </message>
    <message>
        <source>Sources: {list}</source>
        <translation>Quellen: {list}</translation>
    </message>
</context>
<context>
    <name>RemoteError</name>
    <message>
        <source>{url}: not an http:// or https:// address</source>
        <translation>{url}: keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>{url}: name the database too, as in {example}</source>
        <translation>{url}: bitte auch die Datenbank nennen, etwa {example}</translation>
    </message>
    <message>
        <source>{host} stopped a query at its time limit (sql_time_limit_ms)</source>
        <translation>{host} hat eine Abfrage an seinem Zeitlimit abgebrochen (sql_time_limit_ms)</translation>
    </message>
    <message>
        <source>{host} refused access to {db} (HTTP {status}): the API token was not accepted; set {variable} or enter a token</source>
        <translation>{host} verweigert den Zugriff auf {db} (HTTP {status}): Das API-Token wurde nicht angenommen; {variable} setzen oder ein Token eingeben</translation>
    </message>
    <message>
        <source>{host} refused access to {db} (HTTP {status}): it needs an API token; set {variable} or enter a token</source>
        <translation>{host} verweigert den Zugriff auf {db} (HTTP {status}): Ein API-Token ist nötig; {variable} setzen oder ein Token eingeben</translation>
    </message>
    <message>
        <source>{host} has nothing at {path} (HTTP 404): is {db} the database&apos;s name there?</source>
        <translation>{host} hat nichts unter {path} (HTTP 404): Heißt die Datenbank dort {db}?</translation>
    </message>
    <message>
        <source>the server at {host} failed (HTTP {status} {reason}); try again later</source>
        <translation>Der Server {host} hat einen Fehler gemeldet (HTTP {status} {reason}); später erneut versuchen</translation>
    </message>
    <message>
        <source>{host} refused the request (HTTP {status} {reason})</source>
        <translation>{host} hat die Anfrage abgelehnt (HTTP {status} {reason})</translation>
    </message>
    <message>
        <source>Cannot reach {host}: the connection was refused (is Datasette running?)</source>
        <translation>{host} ist nicht erreichbar: Die Verbindung wurde abgelehnt (läuft Datasette?)</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds</source>
        <translation>{host} hat nicht innerhalb von {seconds} Sekunden geantwortet</translation>
    </message>
    <message>
        <source>Cannot reach {host}: no such host</source>
        <translation>{host} ist nicht erreichbar: Diesen Rechner gibt es nicht</translation>
    </message>
    <message>
        <source>{host} closed the connection before answering ({reason})</source>
        <translation>{host} hat die Verbindung vor der Antwort geschlossen ({reason})</translation>
    </message>
    <message>
        <source>Cannot reach {host} ({reason})</source>
        <translation>{host} ist nicht erreichbar ({reason})</translation>
    </message>
    <message>
        <source>{host} sent a page without a list of tables: is {url} a Datasette database?</source>
        <translation>{host} hat eine Seite ohne Tabellenliste geschickt: Ist {url} eine Datasette-Datenbank?</translation>
    </message>
    <message>
        <source>{host} sent a page that is not valid JSON for {path} (is this a Datasette server?)</source>
        <translation>{host} hat für {path} eine Seite geschickt, die kein gültiges JSON ist (ist das ein Datasette-Server?)</translation>
    </message>
    <message>
        <source>{host} sent an answer of an unknown shape to a query</source>
        <translation>{host} hat auf eine Abfrage eine Antwort unbekannter Form geschickt</translation>
    </message>
    <message>
        <source>{host} returned only part of the rows (its row limit)</source>
        <translation>{host} hat nur einen Teil der Zeilen geliefert (sein Zeilenlimit)</translation>
    </message>
    <message>
        <source>{host} stopped sending: it sent nothing for {seconds} seconds; the server may have gone away</source>
        <translation>{host} hat aufgehört zu senden: {seconds} Sekunden lang kam nichts; der Server ist vielleicht nicht mehr da</translation>
    </message>
    <message>
        <source>{host} stopped sending: the connection was cut; the server may have gone away</source>
        <translation>{host} hat aufgehört zu senden: Die Verbindung wurde unterbrochen; der Server ist vielleicht nicht mehr da</translation>
    </message>
    <message>
        <source>{name}: the rows it sent cannot be read ({error})</source>
        <translation>{name}: Die geschickten Zeilen lassen sich nicht lesen ({error})</translation>
    </message>
    <message>
        <source>{host} sent only {got} of {total} events</source>
        <translation>{host} hat nur {got} von {total} Ereignissen geschickt</translation>
    </message>
    <message>
        <source>{host} sent a page of {table} that is not JSON</source>
        <translation>{host} hat eine Seite von {table} geschickt, die kein JSON ist</translation>
    </message>
</context>
<context>
    <name>RemoteStore</name>
    <message>
        <source>Reading {name}: asking for {total} events…</source>
        <translation>{name} wird gelesen: {total} Ereignisse werden angefragt…</translation>
    </message>
    <message>
        <source>Reading {name}: {done} of {total} events…</source>
        <translation>{name} wird gelesen: {done} von {total} Ereignissen…</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>JJJJ, JJJJ-MM oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>e.g. en, de</source>
        <translation>z. B. en, de</translation>
    </message>
    <message>
        <source>the file&apos;s name, if it came from one</source>
        <translation>der Dateiname, falls sie aus einer Datei stammt</translation>
    </message>
    <message>
        <source>Paste the article&apos;s text, or open a file</source>
        <translation>Den Text des Artikels einfügen oder eine Datei öffnen</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Überschrift</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medium</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open a source</source>
        <translation>Eine Quelle öffnen</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Add Source…</source>
        <translation>Quelle hinzufügen…</translation>
    </message>
    <message>
        <source>A plain-text, Markdown or HTML file, or pasted text</source>
        <translation>Eine Text-, Markdown- oder HTML-Datei, oder eingefügter Text</translation>
    </message>
    <message>
        <source>Store Text from File</source>
        <translation>Text aus der Datei speichern</translation>
    </message>
    <message>
        <source>Keep the article&apos;s text in the database, so quotes can be checked anywhere</source>
        <translation>Den Text des Artikels in der Datenbank behalten, damit Zitate überall geprüft werden können</translation>
    </message>
    <message>
        <source>Cite in Selected Event…</source>
        <translation>Im gewählten Ereignis zitieren…</translation>
    </message>
    <message>
        <source>New Event from Selection…</source>
        <translation>Neues Ereignis aus der Markierung…</translation>
    </message>
    <message>
        <source>Select a passage to cite it exactly as written.</source>
        <translation>Eine Passage markieren, um sie wörtlich zu zitieren.</translation>
    </message>
    <message>
        <source>This source&apos;s text is not stored: store it to cite from it.</source>
        <translation>Der Text dieser Quelle ist nicht gespeichert: speichern, um daraus zu zitieren.</translation>
    </message>
    <message>
        <source>This source&apos;s text is not stored and its file was not found.</source>
        <translation>Der Text dieser Quelle ist nicht gespeichert, und ihre Datei wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>View only: %1</source>
        <translation>Nur ansehen: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>{shown} of {total} events · {lanes} of {all_lanes} lanes</source>
        <translation>{shown} von {total} Ereignissen · {lanes} von {all_lanes} Spuren</translation>
    </message>
    <message>
        <source>A sample of {sample} of {total} events while all are read · {shown} shown · {lanes} lanes</source>
        <translation>Eine Stichprobe von {sample} aus {total} Ereignissen, während alle gelesen werden · {shown} gezeigt · {lanes} Spuren</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation>{count} Treffer</translation>
    </message>
    <message>
        <source>{count} broken rows skipped</source>
        <translation>{count} fehlerhafte Zeilen übersprungen</translation>
    </message>
    <message>
        <source>{count} links to missing entities ignored</source>
        <translation>{count} Verweise auf fehlende Entitäten ignoriert</translation>
    </message>
    <message>
        <source>search index stale (see tooltip)</source>
        <translation>Suchindex veraltet (siehe Tooltip)</translation>
    </message>
    <message>
        <source>packed columns not used, read from the rows</source>
        <translation>gepackte Spalten nicht verwendet, aus den Zeilen gelesen</translation>
    </message>
    <message>
        <source>read-only, served by {host}</source>
        <translation>schreibgeschützt, bereitgestellt von {host}</translation>
    </message>
    <message>
        <source>changes not yet merged into the file are not shown</source>
        <translation>noch nicht in die Datei übernommene Änderungen werden nicht gezeigt</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({reason})</source>
        <translation>{path}: Die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes), not a database</source>
        <translation>{path}: Die Datei ist leer (0 Byte), keine Datenbank</translation>
    </message>
    <message>
        <source>{path}: not an SQLite database</source>
        <translation>{path}: keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>{name} does not follow the schema: {found}</source>
        <translation>{name} folgt nicht dem Schema: {found}</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Ctrl+Left/Right or , and . select the previous or next event; Up/Down the lane above or below; Enter shows the details. Left/Right pan, + and - zoom, Home fits.</source>
        <translation>Strg+Links/Rechts oder , und . wählen das vorige oder nächste Ereignis; Auf/Ab die Spur darüber oder darunter; die Eingabetaste zeigt die Details. Links/Rechts verschieben, + und - zoomen, Pos1 zeigt alles.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
    <message>
        <source>Selected: {date}: {title} ({entities})</source>
        <translation>Ausgewählt: {date}: {title} ({entities})</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>Saved views (*{suffix})</source>
        <translation>Gespeicherte Ansichten (*{suffix})</translation>
    </message>
    <message>
        <source>Cannot open view</source>
        <translation>Ansicht kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>{path} konnte nicht geschrieben werden:
{error}</translation>
    </message>
    <message>
        <source>Cannot save view</source>
        <translation>Ansicht kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved the view to {path}</source>
        <translation>Ansicht in {path} gespeichert</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Open view</source>
        <translation>Ansicht öffnen</translation>
    </message>
</context>
<context>
    <name>ViewFileError</name>
    <message>
        <source>{path}: no such view file</source>
        <translation>{path}: Ansichtsdatei nicht gefunden</translation>
    </message>
    <message>
        <source>{path}: cannot read it ({reason})</source>
        <translation>{path}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{path}: not a view file (bad JSON at line {line})</source>
        <translation>{path}: keine Ansichtsdatei (fehlerhaftes JSON in Zeile {line})</translation>
    </message>
    <message>
        <source>{path}: not a view file (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>{path}: keine Ansichtsdatei (kein &quot;format&quot;: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>{path}: view file version {version}; this app reads {ours}</source>
        <translation>{path}: Ansichtsdatei der Version {version}; dieses Programm liest {ours}</translation>
    </message>
</context>
</TS>
