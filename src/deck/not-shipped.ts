// Stands in for html2canvas, DOMPurify and canvg (vite.config.ts). jsPDF imports them only inside
// html() and addSvgAsImage(), which Command Atlas never calls: write-pdf.ts draws with jsPDF's own
// shapes and text. All three turn strings into markup (innerHTML, DOMParser), which the pages'
// Trusted Types policy refuses anyway, so none of them ships; calling either method fails here.
throw new Error("Command Atlas does not ship html2canvas, DOMPurify or canvg: jsPDF's html() and addSvgAsImage() are not used.");
