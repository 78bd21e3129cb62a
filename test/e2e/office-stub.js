// A stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser tests
// (no internet in CI). Like the real office.js opened outside Office, Office.onReady reports no host,
// so the task pane starts as the browser preview.
(function () {
  "use strict";
  var info = { host: null, platform: null, addin: null };
  window.__officeStub = { loaded: true };
  window.Office = {
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    onReady: function (callback) {
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (typeof callback === "function") callback(info);
          resolve(info);
        }, 0);
      });
    },
    context: {
      requirements: {
        isSetSupported: function () {
          return false;
        },
      },
    },
  };
  // The custom-functions runtime API; outside Excel nothing is registered.
  window.CustomFunctions = {
    associate: function () {},
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
    Error: function CustomFunctionsError(code, message) {
      this.code = code;
      this.message = message;
    },
  };
})();
